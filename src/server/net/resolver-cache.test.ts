import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDnsTestServer, type DnsTestServer } from '../testing/dns-test-server';
import { createResolver } from './resolver';

/** The resolver's answer cache against a real DNS server on loopback that counts the questions it gets. */
let dns: DnsTestServer;
beforeAll(async () => {
  dns = await startDnsTestServer({
    'short.test': [{ type: 'A', address: '192.0.2.1', ttl: 5 }],
    'long.test': [{ type: 'A', address: '192.0.2.2', ttl: 3600 }],
    'zero.test': [{ type: 'A', address: '192.0.2.3', ttl: 0 }],
    'text.test': [{ type: 'TXT', data: 'v=spf1 -all' }],
    'broken.test': 'servfail',
    'txt-1s.test': [{ type: 'TXT', data: 'v=spf1 include:one.test -all', ttl: 1 }],
    'txt-300s.test': [{ type: 'TXT', data: 'v=spf1 include:three.test -all', ttl: 300 }],
    'cname-1s.test': [{ type: 'CNAME', domain: 'Target.Test.', ttl: 1 }],
    'cname-300s.test': [{ type: 'CNAME', domain: 'target.test', ttl: 300 }],
    'mx-1s.test': [{ type: 'MX', exchange: 'mx1.test', priority: 10, ttl: 1 }],
    'mx-300s.test': [
      { type: 'MX', exchange: 'mx3.test', priority: 20, ttl: 300 },
      { type: 'MX', exchange: 'mx2.test', priority: 5, ttl: 400 },
    ],
    'target.test': [{ type: 'A', address: '192.0.2.9', ttl: 60 }],
  });
});
afterAll(() => dns.close());

const asked = (name: string, type = 'A'): number =>
  dns.queries.filter((q) => q.name === name && q.type === type).length;

describe('DNS answer cache', () => {
  it("keeps an A answer for its TTL, then asks again; the cache's own maximum caps long TTLs", async () => {
    let t = 1_000_000;
    const r = createResolver({ servers: [dns.server], timeoutMs: 400, cacheMaxSeconds: 300, now: () => t });
    expect(await r.a('short.test')).toEqual({ ok: true, records: ['192.0.2.1'] });
    await r.a('short.test');
    expect(asked('short.test')).toBe(1);
    t += 4_000;
    await r.a('short.test');
    expect(asked('short.test')).toBe(1);
    t += 2_000; // past the 5 s TTL
    await r.a('short.test');
    expect(asked('short.test')).toBe(2);

    await r.a('long.test');
    t += 299_000;
    await r.a('long.test');
    expect(asked('long.test')).toBe(1);
    t += 2_000; // past the 300 s maximum, though the TTL is an hour
    await r.a('long.test');
    expect(asked('long.test')).toBe(2);
  });

  it('keeps nothing with TTL 0, never keeps a failure, and shares a question in flight', async () => {
    const r = createResolver({ servers: [dns.server], timeoutMs: 400, tries: 1, cacheMaxSeconds: 300 });
    await r.a('zero.test');
    await r.a('zero.test');
    expect(asked('zero.test')).toBe(2);
    const first = await r.a('broken.test');
    expect(first.ok).toBe(false);
    await r.a('broken.test');
    expect(asked('broken.test')).toBeGreaterThanOrEqual(2);
    await Promise.all([r.txt('text.test'), r.txt('text.test'), r.txt('text.test')]);
    expect(asked('text.test', 'TXT')).toBe(1);
  });

  it('keeps CNAME, TXT and MX answers for their own TTL: TTL 1 is asked again once it expires, TTL 300 is not', async () => {
    let t = 5_000_000;
    const r = createResolver({ servers: [dns.server], timeoutMs: 400, cacheMaxSeconds: 3600, now: () => t });
    expect(await r.txt('txt-1s.test')).toEqual({ ok: true, records: ['v=spf1 include:one.test -all'] });
    expect(await r.txt('txt-300s.test')).toEqual({ ok: true, records: ['v=spf1 include:three.test -all'] });
    expect(await r.cname('cname-1s.test')).toEqual({ ok: true, records: ['target.test'] });
    expect(await r.cname('cname-300s.test')).toEqual({ ok: true, records: ['target.test'] });
    const mx = await r.mx('mx-300s.test');
    expect(mx.ok && [...mx.records].sort((a, b) => a.priority - b.priority)).toEqual([
      { priority: 5, exchange: 'mx2.test' },
      { priority: 20, exchange: 'mx3.test' },
    ]);
    expect(await r.mx('mx-1s.test')).toEqual({ ok: true, records: [{ priority: 10, exchange: 'mx1.test' }] });

    t += 500; // within every TTL
    await Promise.all([
      r.txt('txt-1s.test'),
      r.cname('cname-1s.test'),
      r.mx('mx-1s.test'),
      r.txt('txt-300s.test'),
    ]);
    expect([asked('txt-1s.test', 'TXT'), asked('cname-1s.test', 'CNAME'), asked('mx-1s.test', 'MX')]).toEqual(
      [1, 1, 1],
    );

    t += 1_000; // past TTL 1, well within TTL 300
    await Promise.all([
      r.txt('txt-1s.test'),
      r.cname('cname-1s.test'),
      r.mx('mx-1s.test'),
      r.txt('txt-300s.test'),
      r.cname('cname-300s.test'),
      r.mx('mx-300s.test'),
    ]);
    expect([asked('txt-1s.test', 'TXT'), asked('cname-1s.test', 'CNAME'), asked('mx-1s.test', 'MX')]).toEqual(
      [2, 2, 2],
    );
    expect([
      asked('txt-300s.test', 'TXT'),
      asked('cname-300s.test', 'CNAME'),
      asked('mx-300s.test', 'MX'),
    ]).toEqual([1, 1, 1]);

    t += 298_000; // 299.5 s after the first answer: still kept
    await r.txt('txt-300s.test');
    expect(asked('txt-300s.test', 'TXT')).toBe(1);
    t += 1_000; // past 300 s (the lowest TTL of the MX answer is 300 too)
    await Promise.all([r.txt('txt-300s.test'), r.mx('mx-300s.test')]);
    expect([asked('txt-300s.test', 'TXT'), asked('mx-300s.test', 'MX')]).toEqual([2, 2]);
  });

  it('keeps "no such record" for the SOA negative TTL the server gives, within its own maximum', async () => {
    const negative = await startDnsTestServer(
      { 'has-a.test': [{ type: 'A', address: '192.0.2.4' }] },
      { negativeTtl: 2 },
    );
    try {
      let t = 0;
      const r = createResolver({
        servers: [negative.server],
        timeoutMs: 400,
        cacheMaxSeconds: 300,
        now: () => t,
      });
      const n = (): number => negative.queries.filter((q) => q.type === 'TXT').length;
      expect(await r.txt('has-a.test')).toEqual({ ok: false, kind: 'nodata', error: null });
      expect(await r.txt('missing.test')).toEqual({ ok: false, kind: 'nxdomain', error: null });
      t += 1_500;
      await Promise.all([r.txt('has-a.test'), r.txt('missing.test')]);
      expect(n()).toBe(2);
      t += 1_000; // past the 2 s negative TTL, though negativeSeconds is 30
      await Promise.all([r.txt('has-a.test'), r.txt('missing.test')]);
      expect(n()).toBe(4);
    } finally {
      await negative.close();
    }
  });

  it('tries the next server when the first fails, and reports a failure when none answers', async () => {
    const down = await startDnsTestServer({ 'txt-300s.test': 'servfail' });
    try {
      const r = createResolver({
        servers: [down.server, dns.server],
        timeoutMs: 400,
        tries: 1,
        cacheMaxSeconds: 0,
      });
      expect(await r.txt('txt-300s.test')).toEqual({ ok: true, records: ['v=spf1 include:three.test -all'] });
      const alone = createResolver({
        servers: [down.server],
        timeoutMs: 400,
        tries: 2,
        cacheMaxSeconds: 300,
      });
      const failed = await alone.txt('txt-300s.test');
      expect(failed.ok === false && failed.kind === 'error' && failed.error.code).toBe('dns-servfail');
      await alone.txt('txt-300s.test');
      expect(down.queries.filter((q) => q.name === 'txt-300s.test').length).toBe(5);
    } finally {
      await down.close();
    }
  });

  it('asks every time when the cache is off (DNS_CACHE_MAX_SECONDS=0)', async () => {
    const r = createResolver({ servers: [dns.server], timeoutMs: 400, cacheMaxSeconds: 0 });
    const before = asked('long.test');
    await r.a('long.test');
    await r.a('long.test');
    expect(asked('long.test') - before).toBe(2);
  });
});
