import { describe, expect, it } from 'vitest';
import { judge } from '../../online/judge';
import { chainFacts } from '../link-check-facts.test-helpers';

const ID = 'slow-response';

describe(ID, () => {
  it('reports a chain slower than the threshold and names the slowest hop', () => {
    const fact = chainFacts(['https://a.example/', 'https://b.example/'], 200, { ms: 4200 });
    if (fact.hops[1]) fact.hops[1].ms = 4000;
    expect(judge('link', fact).filter((f) => f.rule === ID)).toMatchObject([
      {
        rule: ID,
        severity: 'warning',
        message: 'Slow response: the chain took 4200 ms (threshold 3000 ms); the slowest hop took 4000 ms',
        hop: 1,
      },
    ]);
  });

  it('honours the configured threshold', () => {
    const fact = chainFacts(['https://a.example/'], 200, { ms: 600 });
    expect(judge('link', fact).filter((f) => f.rule === ID)).toEqual([]);
    expect(judge('link', fact, { slowMs: 500 }).filter((f) => f.rule === ID)).toHaveLength(1);
  });
});
