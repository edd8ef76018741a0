import { describe, expect, it } from 'vitest';
import type { OnlineFinding } from '../../facts';
import { judge } from '../../online/judge';
import { trackingFacts } from '../online-facts.test-helpers';

const ID = 'domain-blocklisted';
const of = (found: OnlineFinding[]) => found.filter((f) => f.rule === ID);

describe(ID, () => {
  it('reports each list the domain is on, with the meaning', () => {
    const blocklists = [
      {
        zone: 'dbl.spamhaus.org',
        status: 'listed' as const,
        codes: ['127.0.1.4'],
        meaning: 'phishing domain',
      },
      { zone: 'multi.uribl.com', status: 'clean' as const, codes: [], meaning: null },
    ];
    const found = of(judge('tracking-domain', trackingFacts({ blocklists })));
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('listed on dbl.spamhaus.org (phishing domain)');
  });

  it('never treats unknown (refused, public resolver) as listed', () => {
    const blocklists = [
      {
        zone: 'dbl.spamhaus.org',
        status: 'unknown' as const,
        codes: ['127.255.255.254'],
        meaning: 'refused',
      },
    ];
    expect(of(judge('tracking-domain', trackingFacts({ blocklists })))).toEqual([]);
  });
});
