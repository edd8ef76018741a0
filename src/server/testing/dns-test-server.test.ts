import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createResolver } from '../net/resolver';
import { startDnsTestServer, type DnsTestServer } from './dns-test-server';

describe('the test DNS server and the service resolver, over real UDP on loopback', () => {
  let dns: DnsTestServer;
  const longKey = 'v=DKIM1; k=rsa; p=' + 'A'.repeat(600);
  beforeAll(async () => {
    dns = await startDnsTestServer({
      'example.test': [
        { type: 'A', address: '192.0.2.10' },
        { type: 'TXT', data: 'v=spf1 -all' },
        { type: 'MX', exchange: 'mx.example.test', priority: 10 },
      ],
      'click.example.test': [{ type: 'CNAME', domain: 'sendgrid.net.test' }],
      'sendgrid.net.test': [{ type: 'A', address: '192.0.2.20' }],
      's1._domainkey.example.test': [{ type: 'TXT', data: longKey }],
      'broken.test': 'servfail',
      'rebind.test': (n) => [{ type: 'A', address: n === 0 ? '192.0.2.1' : '127.0.0.1' }],
    });
  });
  afterAll(() => dns.close());

  it('answers records, follows CNAMEs, and tells no-record from failure', async () => {
    const r = createResolver({ servers: [dns.server], timeoutMs: 500, tries: 1 });
    expect(await r.a('example.test')).toEqual({ ok: true, records: ['192.0.2.10'] });
    expect(await r.txt('example.test')).toEqual({ ok: true, records: ['v=spf1 -all'] });
    expect(await r.mx('example.test')).toEqual({
      ok: true,
      records: [{ exchange: 'mx.example.test', priority: 10 }],
    });
    expect(await r.cname('click.example.test')).toEqual({ ok: true, records: ['sendgrid.net.test'] });
    expect(await r.a('click.example.test')).toEqual({ ok: true, records: ['192.0.2.20'] });
    expect(await r.txt('s1._domainkey.example.test')).toEqual({ ok: true, records: [longKey] });
    expect(await r.aaaa('example.test')).toMatchObject({ ok: false, kind: 'nodata' });
    expect(await r.a('missing.test')).toMatchObject({ ok: false, kind: 'nxdomain' });
    expect(await r.a('broken.test')).toMatchObject({
      ok: false,
      kind: 'error',
      error: { code: 'dns-servfail' },
    });
  });

  it('changes its answer between look-ups for a rebinding name', async () => {
    const r = createResolver({ servers: [dns.server], timeoutMs: 500, tries: 1 });
    expect(await r.a('rebind.test')).toEqual({ ok: true, records: ['192.0.2.1'] });
    expect(await r.a('rebind.test')).toEqual({ ok: true, records: ['127.0.0.1'] });
    expect(dns.queries.filter((q) => q.name === 'rebind.test')).toHaveLength(2);
  });
});
