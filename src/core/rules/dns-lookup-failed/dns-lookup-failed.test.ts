import { describe, expect, it } from 'vitest';
import type { OnlineFinding } from '../../facts';
import { judge } from '../../online/judge';
import { dkimFacts, senderFacts, trackingFacts } from '../online-facts.test-helpers';

const ID = 'dns-lookup-failed';
const of = (found: OnlineFinding[]) => found.filter((f) => f.rule === ID);

describe(ID, () => {
  const servfail = { code: 'dns-servfail', message: 'The DNS server failed to answer (SERVFAIL)' };

  it('reports each failed sender look-up', () => {
    const facts = senderFacts({
      spf: { records: [], record: null, lookups: 0, voidLookups: 0, all: null, error: servfail },
      dmarc: { record: null, foundAt: null, policy: null, error: servfail },
      dkim: [dkimFacts({ found: false, error: servfail })],
      mx: [],
      mxError: servfail,
    });
    const found = of(judge('sender', facts));
    expect(found.map((f) => f.message)).toEqual([
      expect.stringContaining('SPF look-up for example.com failed'),
      expect.stringContaining('DMARC look-up'),
      expect.stringContaining('s1._domainkey.example.com failed'),
      expect.stringContaining('MX look-up'),
    ]);
    expect(found[0]?.message).toContain('(dns-servfail)');
  });

  it('reports a failed tracking-domain look-up', () => {
    const found = of(
      judge('tracking-domain', trackingFacts({ cname: [], addresses: [], tls: null, error: servfail })),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('click.example.com failed');
  });

  it('is silent when every look-up answered, records or not', () => {
    expect(of(judge('sender', senderFacts({ mx: [] })))).toEqual([]);
    expect(of(judge('tracking-domain', trackingFacts()))).toEqual([]);
  });
});
