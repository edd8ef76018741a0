import { describe, expect, it } from 'vitest';
import type { OnlineFinding } from '../../facts';
import { judge } from '../../online/judge';
import { senderFacts } from '../online-facts.test-helpers';

const ID = 'spf-missing';
const of = (found: OnlineFinding[]) => found.filter((f) => f.rule === ID);

describe(ID, () => {
  it('reports a domain without a v=spf1 record', () => {
    const found = judge(
      'sender',
      senderFacts({ spf: { records: [], record: null, lookups: 0, voidLookups: 0, all: null, error: null } }),
    );
    expect(of(found)).toEqual([expect.objectContaining({ rule: ID, severity: 'error' })]);
    expect(of(found)[0]?.message).toContain('example.com publishes no SPF record');
  });

  it('is silent when there is a record, and when the look-up failed', () => {
    expect(of(judge('sender', senderFacts()))).toEqual([]);
    const failed = senderFacts({
      spf: {
        records: [],
        record: null,
        lookups: 0,
        voidLookups: 0,
        all: null,
        error: { code: 'dns-servfail', message: 'SERVFAIL' },
      },
    });
    expect(of(judge('sender', failed))).toEqual([]);
  });
});
