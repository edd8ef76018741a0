import { describe, expect, it } from 'vitest';
import type { OnlineFinding } from '../../facts';
import type { LinkCheckFacts, TlsFacts } from '../../facts';
import { judge } from '../../online/judge';
import { tlsFacts, trackingFacts } from '../online-facts.test-helpers';

const ID = 'tls-invalid';
const of = (found: OnlineFinding[]) => found.filter((f) => f.rule === ID);

describe(ID, () => {
  it('explains expired, self-signed, untrusted and wrong-host certificates of a tracking domain', () => {
    const cases: Array<[Partial<TlsFacts>, string]> = [
      [{ error: 'expired', validTo: '2026-01-02T00:00:00.000Z' }, 'expired on 2026-01-02'],
      [{ error: 'not-yet-valid', validFrom: '2027-03-01T00:00:00.000Z' }, 'not valid before 2027-03-01'],
      [{ error: 'self-signed' }, 'self-signed'],
      [{ error: 'untrusted-issuer' }, 'authority browsers do not trust'],
      [
        { error: 'hostname-mismatch', coversHost: false, names: ['*.sendgrid.net'] },
        'covers *.sendgrid.net, not click.example.com',
      ],
    ];
    for (const [tls, text] of cases) {
      const found = of(
        judge('tracking-domain', trackingFacts({ tls: tlsFacts({ trusted: false, ...tls }) })),
      );
      expect(found).toHaveLength(1);
      expect(found[0]?.message).toContain(text);
    }
  });

  it('judges each https hop of a link chain', () => {
    const link: LinkCheckFacts = {
      url: 'http://a.example/',
      hops: [
        { url: 'http://a.example/', status: 301, location: 'https://b.example/', ms: 5 },
        {
          url: 'https://b.example/',
          status: 200,
          location: null,
          ms: 5,
          tls: tlsFacts({ trusted: false, error: 'self-signed' }),
        },
      ],
      finalUrl: 'https://b.example/',
      finalStatus: 200,
      ms: 10,
      error: null,
    };
    const found = of(judge('link', link));
    expect(found).toEqual([
      expect.objectContaining({ hop: 1, message: expect.stringContaining('Hop 2 (https://b.example/)') }),
    ]);
  });

  it('is silent for trusted certificates and hosts without TLS facts', () => {
    expect(of(judge('tracking-domain', trackingFacts()))).toEqual([]);
    expect(of(judge('tracking-domain', trackingFacts({ tls: null })))).toEqual([]);
  });
});
