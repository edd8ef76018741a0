import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TrackingDomainFacts } from '../../core/facts';
import type { ServiceDeps } from '../config';
import { issueCert, makeTestCa, selfSigned } from '../testing/certs';
import { startDnsTestServer, type DnsTestServer } from '../testing/dns-test-server';
import { startHttpsTestServer, type HttpsTestServer } from '../testing/https-test-server';
import { serviceTestDeps } from '../testing/service-test-deps';
import { checkTrackingDomain } from './tracking-domain-check';

const DAY = 86_400_000;
const rules = (f: TrackingDomainFacts) => (f.findings ?? []).map((x) => x.rule).sort();

describe('checkTrackingDomain, against real DNS and HTTPS servers on loopback', () => {
  let dns: DnsTestServer;
  let https: HttpsTestServer;
  let deps: ServiceDeps;
  let untrustingDeps: ServiceDeps;

  beforeAll(async () => {
    const ca = await makeTestCa();
    const now = Date.now();
    https = await startHttpsTestServer({
      // What the platform serves for any name it does not know: its own wildcard.
      cert: await issueCert(ca, ['*.esp.test']),
      sni: {
        'click.brand.test': await issueCert(ca, ['click.brand.test']),
        'expired.brand.test': await issueCert(ca, ['expired.brand.test'], {
          notBefore: new Date(now - 100 * DAY),
          notAfter: new Date(now - 10 * DAY),
        }),
        'soon.brand.test': await issueCert(ca, ['soon.brand.test'], {
          notBefore: new Date(now - 80 * DAY),
          notAfter: new Date(now + 5 * DAY + 3_600_000),
        }),
        'self.brand.test': await selfSigned(['self.brand.test']),
      },
    });
    const loopback = [{ type: 'A' as const, address: '127.0.0.1' }];
    dns = await startDnsTestServer({
      'click.brand.test': [{ type: 'CNAME', domain: 'u1.wl.esp.test' }],
      'u1.wl.esp.test': [{ type: 'CNAME', domain: 'edge.esp.test' }],
      'edge.esp.test': loopback,
      'expired.brand.test': loopback,
      'soon.brand.test': loopback,
      'self.brand.test': loopback,
      'wrong.brand.test': [{ type: 'CNAME', domain: 'edge.esp.test' }],
      'private.brand.test': [{ type: 'A', address: '10.1.2.3' }],
      'url1234.brand.test': [{ type: 'CNAME', domain: 'sendgrid.net' }],
      'sendgrid.net': [{ type: 'A', address: '10.1.2.4' }],
      'fail.brand.test': 'servfail',
      'slow.brand.test': 'timeout',
      // Blocklists: listed as phishing on the DBL; refused by URIBL (public resolver) → unknown, not clean.
      'listed.test.dbl.spamhaus.org': [{ type: 'A', address: '127.0.1.4' }],
      'brand.test.multi.uribl.com': [{ type: 'A', address: '127.0.0.1' }],
      'click.listed.test': loopback,
      'esp.test.multi.uribl.com': 'servfail',
    });
    const env = {
      DNS_SERVERS: dns.server,
      ALLOW_HOSTS: '127.0.0.1',
      DNSBL_ZONES: 'dbl.spamhaus.org,multi.uribl.com',
    };
    deps = serviceTestDeps(env, [ca.cert]);
    untrustingDeps = serviceTestDeps(env);
  });
  afterAll(async () => {
    await https.close();
    await dns.close();
  });

  it('follows the CNAME chain, reads a valid certificate through the test CA, and compares expect', async () => {
    const f = await checkTrackingDomain(deps, `click.brand.test:${https.port}`, 'esp.test');
    expect(f).toMatchObject({
      host: 'click.brand.test',
      port: https.port,
      cname: ['u1.wl.esp.test', 'edge.esp.test'],
      addresses: ['127.0.0.1'],
      expect: 'esp.test',
      tlsError: null,
      error: null,
    });
    expect(f.tls).toMatchObject({
      trusted: true,
      coversHost: true,
      error: null,
      names: ['click.brand.test'],
    });
    expect(f.tls?.issuer).toContain('Email Link Inspector Test CA');
    expect(f.tls?.daysToExpiry).toBeGreaterThan(80);
    expect(f.blocklists.map((b) => [b.zone, b.status])).toEqual([
      ['dbl.spamhaus.org', 'clean'],
      ['multi.uribl.com', 'unknown'],
    ]);
    expect(rules(f)).toEqual([]);

    const mismatch = await checkTrackingDomain(deps, `click.brand.test:${https.port}`, 'sendgrid.net');
    expect(rules(mismatch)).toEqual(['tracking-cname-mismatch']);
  });

  it("names the platform the chain points at, from the core's catalogue", async () => {
    const f = await checkTrackingDomain(deps, 'url1234.brand.test', 'sendgrid.net');
    expect(f).toMatchObject({ cname: ['sendgrid.net'], esp: 'sendgrid' });
    expect(rules(f)).toEqual([]);
  });

  it('reports expired, self-signed, untrusted, wrong-host and soon-expiring certificates', async () => {
    const expired = await checkTrackingDomain(deps, `expired.brand.test:${https.port}`);
    expect(expired.tls).toMatchObject({ trusted: false, error: 'expired' });
    expect(expired.tls?.daysToExpiry).toBeLessThan(0);
    expect(rules(expired)).toEqual(['tls-invalid']);

    const self = await checkTrackingDomain(deps, `self.brand.test:${https.port}`);
    expect(self.tls).toMatchObject({ trusted: false, error: 'self-signed' });

    const wrong = await checkTrackingDomain(deps, `wrong.brand.test:${https.port}`);
    expect(wrong.tls).toMatchObject({
      trusted: false,
      coversHost: false,
      error: 'hostname-mismatch',
      names: ['*.esp.test'],
    });
    expect(wrong.findings?.[0]?.message).toContain('covers *.esp.test, not wrong.brand.test');

    const soon = await checkTrackingDomain(deps, `soon.brand.test:${https.port}`);
    expect(soon.tls).toMatchObject({ trusted: true, daysToExpiry: 5 });
    expect(rules(soon)).toEqual(['tls-expiring']);

    const untrusted = await checkTrackingDomain(untrustingDeps, `click.brand.test:${https.port}`);
    expect(untrusted.tls).toMatchObject({ trusted: false, error: 'untrusted-issuer', coversHost: true });
  });

  it('reports a host with no record, a failed look-up, and a listed domain', async () => {
    const missing = await checkTrackingDomain(deps, 'nothing.brand.test');
    expect(missing).toMatchObject({ cname: [], addresses: [], tls: null, error: null });
    expect(rules(missing)).toEqual(['tracking-cname-missing']);

    const failed = await checkTrackingDomain(deps, 'fail.brand.test');
    expect(failed.error?.code).toBe('dns-servfail');
    expect(rules(failed)).toEqual(['dns-lookup-failed']);

    const slow = await checkTrackingDomain(deps, 'slow.brand.test');
    expect(slow.error?.code).toBe('dns-timeout');
    expect(rules(slow)).toEqual(['dns-lookup-failed']);

    const listed = await checkTrackingDomain(deps, `click.listed.test:${https.port}`);
    expect(listed.blocklists[0]).toEqual({
      zone: 'dbl.spamhaus.org',
      status: 'listed',
      codes: ['127.0.1.4'],
      meaning: 'phishing domain',
    });
    expect(rules(listed)).toContain('domain-blocklisted');
  });

  it('does not connect to a private address the policy refuses, nor to a closed port', async () => {
    const blocked = await checkTrackingDomain(deps, 'private.brand.test');
    expect(blocked.tls).toBeNull();
    expect(blocked.tlsError?.code).toBe('blocked-target');

    const portLimited = { ...deps, config: { ...deps.config, allowedPorts: [443] } };
    const otherPort = await checkTrackingDomain(portLimited, `click.brand.test:${https.port}`);
    expect(otherPort.tlsError).toMatchObject({ code: 'blocked-target' });
    expect(otherPort.tlsError?.message).toContain('not among the allowed ports (443)');

    const closed = await checkTrackingDomain(deps, 'click.brand.test:1');
    expect(closed.tls).toBeNull();
    expect(closed.tlsError?.code).toBe('connection-refused');
  });
});
