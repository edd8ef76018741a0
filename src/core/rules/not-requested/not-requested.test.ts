import { describe, expect, it } from 'vitest';
import { judge } from '../../online/judge';

const ID = 'not-requested';

describe(ID, () => {
  it('reports a link the service deliberately did not follow', () => {
    const found = judge('link', {
      url: 'https://list.example/unsubscribe?u=1',
      hops: [],
      finalUrl: null,
      finalStatus: null,
      ms: 0,
      error: { code: 'not-requested', message: 'Not requested: looks like a unsubscribe link' },
    });
    expect(found).toMatchObject([
      { rule: ID, severity: 'info', message: 'Not requested: looks like a unsubscribe link' },
    ]);
  });

  it('is silent for links that were followed', () => {
    const found = judge('link', {
      url: 'https://a.example/',
      hops: [],
      finalUrl: null,
      finalStatus: 200,
      ms: 1,
      error: null,
    });
    expect(found.filter((f) => f.rule === ID)).toEqual([]);
  });
});
