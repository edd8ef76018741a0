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

  it('asks every time when the cache is off (DNS_CACHE_MAX_SECONDS=0)', async () => {
    const r = createResolver({ servers: [dns.server], timeoutMs: 400, cacheMaxSeconds: 0 });
    const before = asked('long.test');
    await r.a('long.test');
    await r.a('long.test');
    expect(asked('long.test') - before).toBe(2);
  });
});
