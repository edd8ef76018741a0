import { describe, expect, it } from 'vitest';
import type { OnlineFinding } from '../../facts';
import type { LinkCheckFacts } from '../../facts';
import { judge } from '../../online/judge';
import { tlsFacts, trackingFacts } from '../online-facts.test-helpers';

const ID = 'tls-expiring';
const of = (found: OnlineFinding[]) => found.filter((f) => f.rule === ID);

describe(ID, () => {
  it('warns within 14 days, for a tracking domain and for a hop', () => {
    const tls = tlsFacts({ daysToExpiry: 3, validTo: '2026-11-29T00:00:00.000Z' });
    expect(of(judge('tracking-domain', trackingFacts({ tls })))[0]?.message).toContain(
      'expires in 3 days (2026-11-29)',
    );
    const link: LinkCheckFacts = {
      url: 'https://a.example/',
      hops: [{ url: 'https://a.example/', status: 200, location: null, ms: 1, tls }],
      finalUrl: 'https://a.example/',
      finalStatus: 200,
      ms: 1,
      error: null,
    };
    expect(of(judge('link', link))).toEqual([expect.objectContaining({ hop: 0, severity: 'warning' })]);
  });

  it('is silent beyond 14 days and for expired certificates (tls-invalid)', () => {
    expect(of(judge('tracking-domain', trackingFacts({ tls: tlsFacts({ daysToExpiry: 15 }) })))).toEqual([]);
    const expired = tlsFacts({ daysToExpiry: -1, trusted: false, error: 'expired' });
    expect(of(judge('tracking-domain', trackingFacts({ tls: expired })))).toEqual([]);
  });
});
