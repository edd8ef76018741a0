import { describe, expect, it } from 'vitest';
import { judge } from '../../online/judge';
import { chainFacts } from '../link-check-facts.test-helpers';

const ID = 'utm-dropped';

describe(ID, () => {
  it('reports utm parameters lost or changed on the way', () => {
    const fact = chainFacts([
      'https://click.example/x?utm_source=news&utm_medium=email&utm_campaign=may',
      'https://shop.example/?utm_source=news',
    ]);
    expect(judge('link', fact).filter((f) => f.rule === ID)).toMatchObject([
      {
        rule: ID,
        severity: 'warning',
        message:
          'UTM parameters dropped by the redirects: utm_medium, utm_campaign are missing or changed at https://shop.example/?utm_source=news',
        hop: 1,
      },
    ]);
  });

  it('is silent when they survive, when there were none, or when the chain failed', () => {
    const kept = chainFacts(['https://c.example/?utm_source=a', 'https://s.example/?x=1&utm_source=a']);
    expect(judge('link', kept).filter((f) => f.rule === ID)).toEqual([]);
    expect(
      judge('link', chainFacts(['https://c.example/', 'https://s.example/'])).filter((f) => f.rule === ID),
    ).toEqual([]);
    const failed = chainFacts(['https://c.example/?utm_source=a', 'https://s.example/'], null, {
      error: { code: 'timeout', message: 't' },
    });
    expect(judge('link', failed).filter((f) => f.rule === ID)).toEqual([]);
  });
});
