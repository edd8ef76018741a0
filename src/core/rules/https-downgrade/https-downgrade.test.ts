import { describe, expect, it } from 'vitest';
import { judge } from '../../online/judge';
import { chainFacts } from '../link-check-facts.test-helpers';

const ID = 'https-downgrade';

describe(ID, () => {
  it('reports the hop that leaves https for http', () => {
    const fact = chainFacts(['https://click.example/x', 'http://shop.example/', 'https://shop.example/']);
    expect(judge('link', fact).filter((f) => f.rule === ID)).toMatchObject([
      {
        rule: ID,
        severity: 'warning',
        message: 'HTTPS downgrade: https://click.example/x redirects to plain http http://shop.example/',
        hop: 1,
      },
    ]);
  });

  it('is silent for upgrades and all-https chains', () => {
    expect(
      judge('link', chainFacts(['http://a.example/', 'https://a.example/'])).filter((f) => f.rule === ID),
    ).toEqual([]);
    expect(
      judge('link', chainFacts(['https://a.example/', 'https://b.example/'])).filter((f) => f.rule === ID),
    ).toEqual([]);
  });
});
