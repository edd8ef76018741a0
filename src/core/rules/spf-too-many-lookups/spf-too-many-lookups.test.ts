import { describe, expect, it } from 'vitest';
import type { OnlineFinding } from '../../facts';
import { judge } from '../../online/judge';
import { senderFacts } from '../online-facts.test-helpers';

const ID = 'spf-too-many-lookups';
const of = (found: OnlineFinding[]) => found.filter((f) => f.rule === ID);

describe(ID, () => {
  const spf = (over: object) => ({
    records: ['v=spf1 -all'],
    record: 'v=spf1 -all',
    lookups: 0,
    voidLookups: 0,
    all: '-',
    error: null,
    ...over,
  });

  it('reports more than 10 look-ups, with the count', () => {
    const found = of(judge('sender', senderFacts({ spf: spf({ lookups: 12 }) })));
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('needs 12 DNS look-ups');
  });

  it('reports more than 2 void look-ups and include loops', () => {
    const found = of(
      judge(
        'sender',
        senderFacts({ spf: spf({ voidLookups: 3, loops: ['a.example → b.example → a.example'] }) }),
      ),
    );
    expect(found.map((f) => f.message)).toEqual([
      expect.stringContaining('3 void look-ups'),
      expect.stringContaining('a.example → b.example → a.example'),
    ]);
  });

  it('is silent at exactly 10 look-ups and 2 void look-ups', () => {
    expect(of(judge('sender', senderFacts({ spf: spf({ lookups: 10, voidLookups: 2 }) })))).toEqual([]);
  });
});
