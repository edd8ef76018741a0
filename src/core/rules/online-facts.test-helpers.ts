import type { DkimFacts, SenderFacts, TlsFacts, TrackingDomainFacts } from '../facts';

/**
 * For online rule tests: facts as the look-up service sends them, all fine by
 * default, so a test states only what is wrong. (The service's own tests
 * produce these from a real DNS server and real TLS servers.)
 */
export function senderFacts(overrides: Partial<SenderFacts> = {}): SenderFacts {
  return {
    domain: 'example.com',
    spf: {
      records: ['v=spf1 include:_spf.example.net -all'],
      record: 'v=spf1 include:_spf.example.net -all',
      lookups: 2,
      voidLookups: 0,
      all: '-',
      loops: [],
      error: null,
    },
    dmarc: { record: 'v=DMARC1; p=reject', foundAt: 'example.com', policy: 'reject', error: null },
    dkim: [dkimFacts()],
    mx: [{ exchange: 'mx.example.com', priority: 10 }],
    mxError: null,
    freeMail: false,
    ...overrides,
  };
}

export function dkimFacts(overrides: Partial<DkimFacts> = {}): DkimFacts {
  return {
    selector: 's1',
    domain: 'example.com',
    found: true,
    record: 'v=DKIM1; k=rsa; p=MIIB…',
    keyType: 'rsa',
    keyBits: 2048,
    source: 'given',
    error: null,
    ...overrides,
  };
}

export function tlsFacts(overrides: Partial<TlsFacts> = {}): TlsFacts {
  return {
    protocol: 'TLSv1.3',
    issuer: 'CN=Test CA',
    subject: 'CN=click.example.com',
    validFrom: '2026-01-01T00:00:00.000Z',
    validTo: '2027-01-01T00:00:00.000Z',
    names: ['click.example.com'],
    trusted: true,
    coversHost: true,
    error: null,
    daysToExpiry: 90,
    ...overrides,
  };
}

export function trackingFacts(overrides: Partial<TrackingDomainFacts> = {}): TrackingDomainFacts {
  return {
    host: 'click.example.com',
    port: 443,
    cname: ['sendgrid.net'],
    addresses: ['192.0.2.10'],
    esp: 'sendgrid',
    expect: null,
    tls: tlsFacts(),
    tlsError: null,
    blocklists: [{ zone: 'dbl.spamhaus.org', status: 'clean', codes: [], meaning: null }],
    error: null,
    ...overrides,
  };
}
