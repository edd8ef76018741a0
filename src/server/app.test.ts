import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createApp } from './app';
import { createLogger } from './logger';
import { createRateLimiter } from './rate-limit';
import { startDnsTestServer, type DnsTestServer } from './testing/dns-test-server';
import { serviceTestDeps } from './testing/service-test-deps';
import { version as packageVersion } from '../../package.json';

describe('the look-up service app (Request → Response), against a real DNS server on loopback', () => {
  let dns: DnsTestServer;
  let app: Hono;
  const logs: string[] = [];

  beforeAll(async () => {
    dns = await startDnsTestServer({
      'example.test': [
        { type: 'TXT', data: 'v=spf1 -all' },
        { type: 'MX', exchange: 'mx.example.test', priority: 10 },
      ],
      '_dmarc.example.test': [{ type: 'TXT', data: 'v=DMARC1; p=reject' }],
      's1._domainkey.example.test': [
        { type: 'TXT', data: 'v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=' },
      ],
      'xn--bcher-kva.test': [{ type: 'TXT', data: 'v=spf1 ~all' }],
      'click.example.test': [{ type: 'CNAME', domain: 'target.esp.test' }],
      'target.esp.test': [{ type: 'A', address: '10.9.9.9' }],
      'broken.test': 'servfail',
    });
    const deps = serviceTestDeps({ DNS_SERVERS: dns.server, DNSBL_ZONES: 'dbl.test' });
    app = createApp(deps, {
      logger: createLogger('info', (line) => logs.push(line)),
      site: (a) => {
        a.get('/boom', () => {
          throw new Error('secret internal detail');
        });
      },
    });
  });
  afterAll(() => dns.close());

  const get = (path: string, init?: RequestInit) =>
    app.fetch(new Request(`http://service.test${path}`, init));

  it('answers health with the version, JSON with charset, security headers, no caching', async () => {
    const res = await get('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, version: packageVersion });
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('answers /api/sender with the facts and findings, cacheable', async () => {
    const res = await get('/api/sender?domain=Example.TEST&selector=s1');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300, s-maxage=300');
    const body = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual([
      'domain',
      'spf',
      'dmarc',
      'dkim',
      'mx',
      'mxError',
      'freeMail',
      'findings',
    ]);
    expect(body).toMatchObject({
      domain: 'example.test',
      spf: { record: 'v=spf1 -all', all: '-' },
      dmarc: { policy: 'reject' },
      dkim: [{ selector: 's1', found: true, keyType: 'ed25519' }],
      mx: [{ exchange: 'mx.example.test', priority: 10 }],
      findings: [],
    });
  });

  it('caches a failed look-up only briefly', async () => {
    const res = await get('/api/sender?domain=broken.test');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=30, s-maxage=30');
    const body = (await res.json()) as { findings: Array<{ rule: string }> };
    expect(body.findings.map((f) => f.rule)).toContain('dns-lookup-failed');
  });

  it('takes IDNs in their A-label form', async () => {
    const res = await get('/api/sender?domain=xn--bcher-kva.test');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ domain: 'xn--bcher-kva.test', spf: { all: '~' } });
  });

  it.each([
    ['', 'domain: is empty'],
    ['a'.repeat(250) + '.test', 'domain: is longer than 253 characters'],
    [
      'bücher.test',
      'domain: must be ASCII; write an internationalised name in its A-label form (xn--bcher-kva.test)',
    ],
    ['192.0.2.1', 'domain: must be a host name, not an IP address'],
    ['0x7f.1', 'domain: must be a host name, not an IP address'],
    ['2130706433', 'domain: must be a host name, not an IP address'],
    ['[::1]', 'domain: must be a host name, not an IP address'],
    ['<script>alert(1)</script>', 'domain: may hold only letters, digits, hyphens and dots'],
    ['example.test.', 'domain: must not end with a dot'],
    ['x'.repeat(64) + '.test', 'domain: has a label longer than 63 characters'],
    ['localhost', 'domain: must be a fully qualified name with a dot (example.com)'],
    ['a..b.test', 'domain: has an empty label (two dots in a row)'],
    ['example.test:25', 'domain: must be a host name without a port'],
  ])('answers 400 naming the field for domain=%j', async (domain, message) => {
    const res = await get(`/api/sender?domain=${encodeURIComponent(domain)}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ error: { code: 'bad-request', message } });
  });

  it('answers 400 for a missing domain, bad selectors and bad hosts', async () => {
    const cases: Array<[string, string]> = [
      ['/api/sender', 'domain: is required'],
      [
        '/api/sender?domain=example.test&selector=a%20b',
        'selector: may hold only letters, digits, hyphens, underscores and dots',
      ],
      [
        `/api/sender?domain=example.test&${Array.from({ length: 11 }, (_, i) => `selector=s${i}`).join('&')}`,
        'selector: at most 10 selectors',
      ],
      ['/api/tracking-domain', 'host: is required'],
      ['/api/tracking-domain?host=click.example.test:99999', 'host: has an invalid port'],
      ['/api/tracking-domain?host=127.0.0.1:443', 'host: must be a host name, not an IP address'],
      [
        '/api/tracking-domain?host=click.example.test&expect=%3Cscript%3E',
        'expect: may hold only letters, digits, hyphens and dots',
      ],
    ];
    for (const [path, message] of cases) {
      const res = await get(path);
      expect(res.status, path).toBe(400);
      expect(await res.json()).toEqual({ error: { code: 'bad-request', message } });
    }
  });

  it('answers /api/tracking-domain, refusing to connect to a private address', async () => {
    const res = await get('/api/tracking-domain?host=click.example.test&expect=esp.test');
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      host: 'click.example.test',
      port: 443,
      cname: ['target.esp.test'],
      addresses: ['10.9.9.9'],
      expect: 'esp.test',
      tls: null,
      tlsError: { code: 'blocked-target' },
      blocklists: [{ zone: 'dbl.test', status: 'clean', codes: [], meaning: null }],
      findings: [],
    });
  });

  it('answers 404 and 405 (with Allow) in the error shape', async () => {
    const notFound = await get('/api/nothing');
    expect(notFound.status).toBe(404);
    expect(await notFound.json()).toEqual({
      error: { code: 'not-found', message: 'No route /api/nothing.' },
    });
    const notAllowed = await get('/api/sender?domain=example.test', { method: 'DELETE' });
    expect(notAllowed.status).toBe(405);
    expect(notAllowed.headers.get('allow')).toBe('GET, HEAD');
    expect(((await notAllowed.json()) as { error: { code: string } }).error.code).toBe('method-not-allowed');
  });

  it('answers 500 without the error on the wire, and logs it', async () => {
    const res = await get('/boom');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      error: { code: 'internal', message: 'The service failed to answer; the error was logged.' },
    });
    expect(text).not.toContain('secret');
    expect(logs.some((l) => l.includes('secret internal detail') && JSON.parse(l).level === 'error')).toBe(
      true,
    );
  });

  it('writes one structured log line per request', () => {
    const line = logs
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l['path'] === '/api/health');
    expect(line).toMatchObject({ level: 'info', msg: 'request', method: 'GET', status: 200 });
    expect(typeof line?.['ms']).toBe('number');
  });
});

describe('the rate limit on the app', () => {
  it('answers 429 with Retry-After once a client has used its burst, per client, and refills with time', async () => {
    let now = 0;
    const deps = serviceTestDeps({ DNS_SERVERS: '127.0.0.1:9', RATE_LIMIT: '60', RATE_BURST: '2' });
    const clients = ['198.51.100.1', '198.51.100.1', '198.51.100.1', '198.51.100.2'];
    let i = 0;
    const app = createApp(deps, {
      logger: createLogger('silent'),
      rateLimiter: createRateLimiter({ perMinute: 60, burst: 2, now: () => now }),
      clientIp: () => clients[i++] ?? 'x',
    });
    // Bad input is rejected after the limiter, so no DNS is needed to spend tokens.
    const hit = () => app.fetch(new Request('http://service.test/api/sender?domain=bad'));
    expect((await hit()).status).toBe(400);
    expect((await hit()).status).toBe(400);
    const limited = await hit();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(await limited.json()).toEqual({
      error: { code: 'rate-limited', message: 'Too many requests; try again in 1 s.' },
    });
    expect((await hit()).status).toBe(400); // another client
    now += 1000;
    i = 0;
    expect((await hit()).status).toBe(400); // refilled one token
    expect((await app.fetch(new Request('http://service.test/api/health'))).status).toBe(200); // health is never limited
  });
});

describe('the client address behind a proxy (TRUST_PROXY=1)', () => {
  it('limits by the address the proxy appended last, not by what the client wrote first', async () => {
    const deps = serviceTestDeps({
      DNS_SERVERS: '127.0.0.1:9',
      TRUST_PROXY: '1',
      RATE_LIMIT: '1',
      RATE_BURST: '1',
    });
    const app = createApp(deps, { logger: createLogger('silent'), clientIp: () => '10.0.0.1' });
    const hit = (xff: string) =>
      app.fetch(
        new Request('http://service.test/api/sender?domain=bad', { headers: { 'x-forwarded-for': xff } }),
      );
    expect((await hit('1.1.1.1, 203.0.113.9')).status).toBe(400);
    expect((await hit('2.2.2.2, 203.0.113.9')).status).toBe(429);
    expect((await hit('1.1.1.1, 203.0.113.10')).status).toBe(400);
  });
});
