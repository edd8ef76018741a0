import { describe, expect, it } from 'vitest';
import type { OnlineFinding } from '../../facts';
import { judge } from '../../online/judge';
import { senderFacts } from '../online-facts.test-helpers';

const ID = 'dmarc-missing';
const of = (found: OnlineFinding[]) => found.filter((f) => f.rule === ID);

describe(ID, () => {
  it('reports a domain without a DMARC record', () => {
    const found = of(
      judge('sender', senderFacts({ dmarc: { record: null, foundAt: null, policy: null, error: null } })),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('_dmarc.example.com');
  });

  it('reports several DMARC records, which count as none', () => {
    const records = ['v=DMARC1; p=reject', 'v=DMARC1; p=none'];
    const dmarc = {
      record: records[0] ?? null,
      records,
      foundAt: 'example.com',
      policy: 'reject',
      error: null,
    };
    const found = of(judge('sender', senderFacts({ dmarc })));
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('_dmarc.example.com holds 2 DMARC records');
  });

  it('is silent with a record, and when the look-up failed', () => {
    expect(of(judge('sender', senderFacts()))).toEqual([]);
    const failed = {
      record: null,
      foundAt: null,
      policy: null,
      error: { code: 'dns-timeout', message: 't' },
    };
    expect(of(judge('sender', senderFacts({ dmarc: failed })))).toEqual([]);
  });
});
