import { describe, expect, it } from 'vitest';
import { judge } from '../../online/judge';
import { chainFacts } from '../link-check-facts.test-helpers';

const ID = 'long-redirect-chain';
const urls = (n: number) => Array.from({ length: n }, (_, i) => `https://a.example/${i}`);

describe(ID, () => {
  it('reports more than 3 redirects before the destination', () => {
    expect(judge('link', chainFacts(urls(5))).filter((f) => f.rule === ID)).toMatchObject([
      {
        rule: ID,
        severity: 'warning',
        message: 'Long redirect chain: 4 redirects before https://a.example/4',
      },
    ]);
  });

  it('is silent for 3 redirects, and leaves loops and runaway chains to their own rules', () => {
    expect(judge('link', chainFacts(urls(4))).filter((f) => f.rule === ID)).toEqual([]);
    const runaway = chainFacts(urls(11), 302, { error: { code: 'too-many-redirects', message: 'x' } });
    expect(judge('link', runaway).filter((f) => f.rule === ID)).toEqual([]);
  });
});
