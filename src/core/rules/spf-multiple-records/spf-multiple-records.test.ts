import { describe, expect, it } from 'vitest';
import type { OnlineFinding } from '../../facts';
import { judge } from '../../online/judge';
import { senderFacts } from '../online-facts.test-helpers';

const ID = 'spf-multiple-records';
const of = (found: OnlineFinding[]) => found.filter((f) => f.rule === ID);

describe(ID, () => {
  it('reports two v=spf1 records', () => {
    const records = ['v=spf1 include:a.example -all', 'v=spf1 include:b.example -all'];
    const spf = { records, record: records[0] ?? null, lookups: 1, voidLookups: 0, all: '-', error: null };
    const found = of(judge('sender', senderFacts({ spf })));
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('2 SPF records');
  });

  it('is silent for one record', () => {
    expect(of(judge('sender', senderFacts()))).toEqual([]);
  });
});
