import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SenderFacts } from '../../core/facts';
import { startDnsTestServer, type DnsTestServer, type ZoneEntry } from '../testing/dns-test-server';
import { serviceTestDeps } from '../testing/service-test-deps';
import type { ServiceDeps } from '../config';
import { checkSender } from './sender-check';
import { checkSpf } from './spf';

/** A DKIM TXT record with a real RSA public key of `bits` bits, made now. */
function dkimRecord(bits: number): string {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: bits });
  const der = publicKey.export({ format: 'der', type: 'spki' });
  return `v=DKIM1; k=rsa; p=${der.toString('base64')}`;
}

const rules = (f: SenderFacts) => (f.findings ?? []).map((x) => x.rule).sort();

describe('checkSender, against a real DNS server on loopback', () => {
  let dns: DnsTestServer;
  let deps: ServiceDeps;

  beforeAll(async () => {
    const txt = (...data: string[]): ZoneEntry => data.map((d) => ({ type: 'TXT' as const, data: d }));
    const zone: Record<string, ZoneEntry> = {
      // All good: one SPF record with an include, DMARC reject with an authorised external rua, a 2048-bit key, MX.
      'good.test': [
        { type: 'TXT', data: 'v=spf1 include:_spf.good.test ip4:192.0.2.1 -all' },
        { type: 'TXT', data: 'google-site-verification=abc' },
        { type: 'MX', exchange: 'mx2.good.test', priority: 20 },
        { type: 'MX', exchange: 'mx1.good.test', priority: 10 },
      ],
      '_spf.good.test': txt('v=spf1 ip4:198.51.100.0/24 ~all'),
      '_dmarc.good.test': txt(
        'v=DMARC1; p=reject; sp=quarantine; pct=50; adkim=s; rua=mailto:agg@reports.test,mailto:dmarc@good.test; ruf=mailto:f@other.test',
      ),
      'good.test._report._dmarc.reports.test': txt('v=DMARC1'),
      's1._domainkey.good.test': txt(dkimRecord(2048)),
      // Over the look-up limit: 6 includes, each with an exists (counted, macros not resolved) = 12.
      'many.test': txt(
        'v=spf1 ' + [1, 2, 3, 4, 5, 6].map((n) => `include:i${n}.many.test`).join(' ') + ' -all',
      ),
      ...Object.fromEntries(
        [1, 2, 3, 4, 5, 6].map((n) => [`i${n}.many.test`, txt(`v=spf1 exists:%{i}.e${n}.many.test -all`)]),
      ),
      'multi.test': txt('v=spf1 include:a.test -all', 'v=spf1 include:b.test -all'),
      'loop.test': txt('v=spf1 include:loop2.test -all'),
      'loop2.test': txt('v=spf1 include:loop.test ?all'),
      'void.test': txt('v=spf1 include:gone1.test include:gone2.test include:gone3.test -all'),
      'redirect.test': txt('v=spf1 redirect=_spf.permissive.test'),
      '_spf.permissive.test': txt('v=spf1 ip4:192.0.2.0/24 +all'),
      // p=none at the organisational domain, found from a subdomain; weak keys.
      'news.brand.test': [{ type: 'MX', exchange: 'mx.brand.test', priority: 10 }],
      '_dmarc.brand.test': txt('v=DMARC1; p=none'),
      'k512._domainkey.news.brand.test': txt(dkimRecord(512)),
      'k1024._domainkey.news.brand.test': txt(dkimRecord(1024)),
      'revoked._domainkey.news.brand.test': txt('v=DKIM1; k=rsa; p='),
      'google._domainkey.common.test': txt(dkimRecord(2048)),
      'common.test': [{ type: 'MX', exchange: 'mx.common.test', priority: 1 }],
      'broken.test': 'servfail',
      '_dmarc.broken.test': 'servfail',
      's1._domainkey.broken.test': 'servfail',
      'slow.test': 'timeout',
      '_dmarc.slow.test': 'timeout',
      's1._domainkey.slow.test': 'timeout',
    };
    dns = await startDnsTestServer(zone);
    deps = serviceTestDeps({ DNS_SERVERS: dns.server });
  });
  afterAll(() => dns.close());

  it('reads a well set-up domain: SPF tree, DMARC tags and report authorisation, DKIM key size, MX', async () => {
    const f = await checkSender(deps, 'good.test', ['s1']);
    expect(f.spf).toMatchObject({
      records: ['v=spf1 include:_spf.good.test ip4:192.0.2.1 -all'],
      lookups: 1,
      voidLookups: 0,
      all: '-',
      error: null,
    });
    expect(f.dmarc).toMatchObject({
      foundAt: 'good.test',
      policy: 'reject',
      subdomainPolicy: 'quarantine',
      pct: 50,
      adkim: 's',
      aspf: 'r',
      rua: ['mailto:agg@reports.test', 'mailto:dmarc@good.test'],
      ruf: ['mailto:f@other.test'],
      externalReports: [
        { uri: 'mailto:agg@reports.test', domain: 'reports.test', authorized: true },
        { uri: 'mailto:f@other.test', domain: 'other.test', authorized: false },
      ],
    });
    expect(f.dkim).toEqual([
      expect.objectContaining({
        selector: 's1',
        found: true,
        keyType: 'rsa',
        keyBits: 2048,
        source: 'given',
      }),
    ]);
    expect(f.mx).toEqual([
      { exchange: 'mx1.good.test', priority: 10 },
      { exchange: 'mx2.good.test', priority: 20 },
    ]);
    expect(f.freeMail).toBe(false);
    expect(f.findings).toEqual([]);
  });

  it('counts look-ups across the include tree (spf-too-many-lookups)', async () => {
    const f = await checkSender(deps, 'many.test', []);
    expect(f.spf.lookups).toBe(12);
    expect(f.findings).toContainEqual(
      expect.objectContaining({
        rule: 'spf-too-many-lookups',
        message: expect.stringContaining('needs 12 DNS look-ups'),
      }),
    );
  });

  it('finds multiple records, loops, void look-ups and a permissive all behind a redirect', async () => {
    const multi = await checkSender(deps, 'multi.test', []);
    expect(rules(multi)).toEqual(
      expect.arrayContaining(['spf-multiple-records', 'dmarc-missing', 'mx-missing', 'dkim-missing']),
    );
    expect(multi.dmarc).toMatchObject({ record: null, foundAt: null, error: null });
    const loop = await checkSender(deps, 'loop.test', []);
    expect(loop.spf.loops).toEqual(['loop.test → loop2.test → loop.test']);
    expect(rules(loop)).toContain('spf-too-many-lookups');
    const voids = await checkSender(deps, 'void.test', []);
    expect(voids.spf.voidLookups).toBe(3);
    expect(voids.findings).toContainEqual(
      expect.objectContaining({
        rule: 'spf-too-many-lookups',
        message: expect.stringContaining('3 void look-ups'),
      }),
    );
    const redirect = await checkSender(deps, 'redirect.test', []);
    expect(redirect.spf.all).toBe('+');
    expect(rules(redirect)).toContain('spf-permissive-all');
  });

  it('falls back to the organisational domain for DMARC and judges p=none and weak DKIM keys', async () => {
    const f = await checkSender(deps, 'news.brand.test', ['k512', 'k1024', 'revoked', 'absent']);
    expect(f.dmarc).toMatchObject({ foundAt: 'brand.test', policy: 'none' });
    expect(f.dkim.map((d) => [d.selector, d.found, d.keyBits])).toEqual([
      ['k512', true, 512],
      ['k1024', true, 1024],
      ['revoked', true, null],
      ['absent', false, null],
    ]);
    const found = (f.findings ?? []).map((x) => [x.rule, x.severity]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['dmarc-policy-none', 'warning'],
        ['dkim-weak-key', 'warning'],
        ['dkim-weak-key', 'info'],
        ['dkim-missing', 'error'],
        ['dkim-missing', 'error'],
        ['spf-missing', 'error'],
      ]),
    );
  });

  it('probes common DKIM selectors when none is given and keeps the ones found', async () => {
    const f = await checkSender(deps, 'common.test', []);
    expect(f.dkim).toEqual([expect.objectContaining({ selector: 'google', found: true, source: 'common' })]);
    const none = await checkSender(deps, 'multi.test', []);
    expect(none.dkim.length).toBeGreaterThan(5);
    expect(none.findings?.filter((x) => x.rule === 'dkim-missing')).toHaveLength(1);
  });

  it('tells a failed look-up from a missing record (SERVFAIL and timeout)', async () => {
    for (const domain of ['broken.test', 'slow.test']) {
      const f = await checkSender(deps, domain, ['s1']);
      expect(f.spf.error?.code).toMatch(/^dns-(servfail|timeout)$/);
      expect(f.dmarc.error).not.toBeNull();
      const r = rules(f);
      expect(r).toContain('dns-lookup-failed');
      expect(r).not.toContain('spf-missing');
      expect(r).not.toContain('dmarc-missing');
      expect(r).not.toContain('dkim-missing');
    }
  });

  it('stops walking the SPF tree past its deadline and says so', async () => {
    const spf = await checkSpf(deps.resolver, 'many.test', -1);
    expect(spf.record).not.toBeNull();
    expect(spf.nestedErrors?.map((e) => e.code)).toEqual(Array(6).fill('deadline'));
  });

  it('flags free-mail domains', async () => {
    const f = await checkSender(deps, 'gmail.com', []);
    expect(f.freeMail).toBe(true);
    expect(rules(f)).toContain('free-mail-sender');
  });
});
