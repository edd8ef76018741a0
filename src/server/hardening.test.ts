import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkCheckFacts } from '../core/facts';
import { startNodeServer, type NodeServer } from './adapters/node-server';
import { createApp } from './app';
import { checkLinks } from './checks/link-check';
import { loadConfig } from './config';
import { createLogger } from './logger';
import { parseTargetUrl } from './net/target-url';
import { startDnsTestServer, type DnsTestServer } from './testing/dns-test-server';
import { page, redirect, startHttpTestServer, type HttpTestServer } from './testing/http-test-servers';
import { serviceTestDeps } from './testing/service-test-deps';

/**
 * The service under abuse: requests that could freeze it, drive it as a
 * scanner, read it through DNS rebinding, or make it log errors for a client's
 * mistakes. Real HTTP and DNS servers on loopback.
 */
let dns: DnsTestServer;
let site: HttpTestServer;

/** 64 KB of repeated, unclosed `<meta`: the page that took ~1.8 s per hop with the former patterns. */
const META_PAGE = '<meta '.repeat(Math.ceil(65_536 / 6)).slice(0, 65_536);

beforeAll(async () => {
  dns = await startDnsTestServer({ 'site.test': [{ type: 'A', address: '127.0.0.1' }] });
  site = await startHttpTestServer({
    routes: {
      '/meta': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' }).end(META_PAGE);
      },
      // `/café` written as UTF-8 bytes, as servers send it (Node writes a string's characters as Latin-1 bytes).
      '/go-cafe': (_req, res) => {
        res.writeHead(302, { location: Buffer.from('/café', 'utf8').toString('latin1') }).end();
      },
      '/caf%C3%A9': page(200),
      '/ok': page(200),
      '/to-port-0': redirect(302, 'http://site.test:0/ok'),
    },
  });
});
afterAll(async () => {
  await Promise.all([site.close(), dns.close()]);
});

const deps = (env: Record<string, string> = {}) =>
  serviceTestDeps({ DNS_SERVERS: dns.server, ALLOW_HOSTS: 'site.test', ...env });

async function check(url: string, env: Record<string, string> = {}): Promise<LinkCheckFacts> {
  const results: LinkCheckFacts[] = [];
  await checkLinks(deps(env), [url], {}, (r) => results.push(r));
  const [result] = results;
  if (!result) throw new Error('no result');
  return result;
}

describe('fetched pages are read with a tokenizer, with a byte cap', () => {
  it('four 64 KB <meta pages are checked while /api/health keeps answering', async () => {
    const app = createApp(deps(), { logger: createLogger('silent') });
    const urls = [1, 2, 3, 4].map((i) => `http://site.test:${site.port}/meta?${i}`);
    const checking = app.request('/api/links/check', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ urls }),
    });
    const health = await app.request('/api/health');
    expect(health.status).toBe(200);
    const lines = (await (await checking).text()).trim().split('\n');
    const results = lines.map((l) => JSON.parse(l) as LinkCheckFacts);
    expect(results.map((r) => [r.finalStatus, r.error, r.hops.length])).toEqual(
      urls.map(() => [200, null, 1]),
    );
  });
});

describe('the link checker follows the right URL', () => {
  it('reads a UTF-8 Location as UTF-8: /café is requested as /caf%C3%A9, not double-encoded', async () => {
    const r = await check(`http://site.test:${site.port}/go-cafe`);
    expect(r.hops.map((h) => [h.status, h.url])).toEqual([
      [302, `http://site.test:${site.port}/go-cafe`],
      [200, `http://site.test:${site.port}/caf%C3%A9`],
    ]);
  });

  it('refuses port 0, given or redirected to (it would reach 80 or 443 and report their answer)', async () => {
    expect(parseTargetUrl('http://site.test:0/', [])).toMatchObject({
      ok: false,
      error: { code: 'blocked-target' },
    });
    const r = await check(`http://site.test:${site.port}/to-port-0`);
    expect(r.error?.code).toBe('blocked-target');
    expect(r.hops.map((h) => h.status)).toEqual([302, null]);
  });

  it('allows ports 80 and 443 by default, more by ALLOWED_PORTS, any with *', () => {
    const config = (env: Record<string, string>) => {
      const loaded = loadConfig(env);
      if (!loaded.ok) throw new Error(loaded.message);
      return loaded.config.allowedPorts;
    };
    expect(config({})).toEqual([80, 443]);
    expect(parseTargetUrl('https://shop.example:8443/', config({})).ok).toBe(false);
    expect(parseTargetUrl('https://shop.example/', config({})).ok).toBe(true);
    expect(parseTargetUrl('https://shop.example:8443/', config({ ALLOWED_PORTS: '80,443,8443' })).ok).toBe(
      true,
    );
    expect(config({ ALLOWED_PORTS: '*' })).toEqual([]);
    expect(loadConfig({ ALLOWED_PORTS: '80,http' })).toMatchObject({ ok: false });
    expect(loadConfig({ ALLOWED_PORTS: '0' })).toMatchObject({ ok: false });
  });
});

describe('the service cannot be driven as a scanner', () => {
  it('requires Content-Type: application/json on POST (415 with the JSON error otherwise)', async () => {
    const app = createApp(deps(), { logger: createLogger('silent') });
    const body = JSON.stringify({ urls: ['mailto:a@example.com'] });
    const cases: Array<Record<string, string>> = [
      {},
      { 'content-type': 'text/plain' },
      { 'content-type': 'application/x-www-form-urlencoded' },
    ];
    for (const headers of cases) {
      // Bytes, not a string: a string body would be given `text/plain` by the Request itself.
      const res = await app.request('/api/links/check', {
        method: 'POST',
        body: new TextEncoder().encode(body),
        headers,
      });
      expect(res.status).toBe(415);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unsupported-media-type');
    }
    const ok = await app.request('/api/links/check', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
    expect(ok.status).toBe(200);
  });

  it('charges the rate limit per URL checked, not per request', async () => {
    const app = createApp(deps({ MAX_URLS: '5', URL_RATE_LIMIT: '5', URL_RATE_BURST: '5' }), {
      logger: createLogger('silent'),
    });
    const post = (urls: string[]) =>
      app.request('/api/links/check', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ urls }),
      });
    const five = [1, 2, 3, 4, 5].map((i) => `mailto:u${i}@example.com`);
    const first = await post(five);
    expect(first.status).toBe(200);
    await first.text();
    const second = await post(['mailto:one-more@example.com']);
    expect(second.status).toBe(429);
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await second.json()) as { error: { code: string } }).error.code).toBe('rate-limited');
    // The request limit itself is untouched: other routes still answer.
    expect((await app.request('/api/health')).status).toBe(200);
  });

  it('answers only to its configured host names, so a DNS-rebinding page cannot read it', async () => {
    const local = createApp(deps(), {
      logger: createLogger('silent'),
      defaultHostnames: ['localhost', '127.0.0.1', '::1'],
    });
    for (const host of ['localhost:8787', '127.0.0.1', '[::1]:8787']) {
      expect((await local.request(`http://${host}/api/health`)).status).toBe(200);
    }
    const rebound = await local.request('http://attacker.example:8787/api/health');
    expect(rebound.status).toBe(400);
    expect(await rebound.json()).toMatchObject({ error: { code: 'bad-request' } });

    const named = createApp(deps({ ALLOWED_HOSTNAMES: 'links.example.com' }), {
      logger: createLogger('silent'),
    });
    expect((await named.request('http://links.example.com/api/health')).status).toBe(200);
    expect((await named.request('http://localhost/api/health')).status).toBe(400);
    const any = createApp(deps({ ALLOWED_HOSTNAMES: '*' }), { logger: createLogger('silent') });
    expect((await any.request('http://whatever.example/api/health')).status).toBe(200);
  });
});

describe('the Node server: timeouts, malformed requests and clients that go away', () => {
  let server: NodeServer;
  const logged: Array<Record<string, unknown>> = [];

  beforeAll(async () => {
    server = await startNodeServer(
      {
        PORT: '0',
        HOST: '127.0.0.1',
        DNS_SERVERS: dns.server,
        HEADERS_TIMEOUT_MS: '800',
        REQUEST_TIMEOUT_MS: '800',
      },
      { logger: createLogger('debug', (line) => logged.push(JSON.parse(line) as Record<string, unknown>)) },
    );
  });
  afterAll(() => server.close());

  /** Sends raw bytes, optionally closes early; resolves with what came back. */
  const raw = (parts: string[], closeAfterMs: number | null = null): Promise<string> =>
    new Promise((resolve) => {
      const socket = connect(server.port, '127.0.0.1');
      let got = '';
      socket.on('data', (d: Buffer) => (got += d.toString('utf8')));
      socket.on('close', () => resolve(got));
      socket.on('error', () => resolve(got));
      socket.on('connect', () => {
        for (const p of parts) socket.write(p);
        if (closeAfterMs !== null) setTimeout(() => socket.destroy(), closeAfterMs);
      });
    });

  const bodyOf = (response: string): unknown => JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4));

  it('a malformed request gets a 400 with the JSON error body', async () => {
    const res = await raw(['GET /api/health HTTP/1.1\r\nHost: localhost\r\nNot a header\r\n\r\n']);
    expect(res.startsWith('HTTP/1.1 400')).toBe(true);
    expect(bodyOf(res)).toMatchObject({ error: { code: 'bad-request' } });
  });

  it('headers that never finish are cut off by HEADERS_TIMEOUT_MS with a 400 JSON error', async () => {
    const res = await raw(['GET /api/health HTTP/1.1\r\nHost: localhost\r\n']);
    expect(res.startsWith('HTTP/1.1 400')).toBe(true);
    expect(bodyOf(res)).toMatchObject({
      error: { code: 'bad-request', message: expect.stringMatching(/time/) },
    });
  });

  it('a client that disconnects during its upload causes no 500 and no error-level log line', async () => {
    logged.length = 0;
    await raw(
      [
        'POST /api/links/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n',
        '{"urls": ["https://',
      ],
      150,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(logged.filter((l) => l['level'] === 'error')).toEqual([]);
    expect(logged.filter((l) => l['status'] === 500)).toEqual([]);
    // And the server still answers.
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });
});
