import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkCheckFacts } from '../../core/facts';
import type { ServiceDeps } from '../config';
import { issueCert, makeTestCa, selfSigned } from '../testing/certs';
import { startDnsTestServer, type DnsTestServer } from '../testing/dns-test-server';
import {
  delayed,
  garbage,
  html,
  hugeHtml,
  page,
  redirect,
  refuseHead,
  reset,
  stall,
  startHttpTestServer,
  type HttpTestServer,
} from '../testing/http-test-servers';
import { serviceTestDeps } from '../testing/service-test-deps';
import { checkLinks } from './link-check';

/**
 * Link checks against real HTTP and HTTPS servers on loopback, reached
 * through host names of the test DNS zone (allowed by ALLOW_HOSTS by name).
 */
let dns: DnsTestServer;
let site: HttpTestServer;
let secure: HttpTestServer;
let untrusted: HttpTestServer;
let deps: ServiceDeps;
let S: string; // http://site.test:PORT
let H: string; // https://secure.test:PORT
const hugeSent = { bytes: 0 };

async function check(
  urls: string[],
  options: { skip?: string[] } = {},
  d: ServiceDeps = deps,
): Promise<LinkCheckFacts[]> {
  const out: LinkCheckFacts[] = [];
  await checkLinks(d, urls, options, (r) => out.push(r));
  return out;
}
async function one(url: string, d: ServiceDeps = deps): Promise<LinkCheckFacts> {
  const [r] = await check([url], {}, d);
  if (!r) throw new Error('no result');
  return r;
}
const rules = (r: LinkCheckFacts): string[] => (r.findings ?? []).map((f) => f.rule);

beforeAll(async () => {
  const ca = await makeTestCa();
  dns = await startDnsTestServer({
    'site.test': [{ type: 'A', address: '127.0.0.1' }],
    'secure.test': [{ type: 'A', address: '127.0.0.1' }],
    'untrusted.test': [{ type: 'A', address: '127.0.0.1' }],
  });
  const loopTo = (n: number): string => `/n${n}`;
  const routes: Record<string, ReturnType<typeof page>> = {
    '/start': redirect(302, '/end'),
    '/end': page(200, 'the end'),
    '/abs301': redirect(301, ''),
    '/see-other': redirect(303, '/temp'),
    '/temp': redirect(307, '/perm'),
    '/perm': redirect(308, '/end'),
    '/loop-a': redirect(302, '/loop-b'),
    '/loop-b': redirect(302, '/loop-a'),
    '/gone': page(404, 'gone'),
    '/wall': page(999, 'request denied'),
    '/challenge': page(403, 'checking your browser', { 'cf-mitigated': 'challenge' }),
    '/challenge-page': html('<html><head><title>Just a moment...</title></head></html>', 503),
    '/head-refused': refuseHead(page(200, 'GET works')),
    '/head-501': refuseHead(page(200, 'GET works'), 501),
    '/head-hangs': (req, res) => (req.method === 'HEAD' ? undefined : page(200, 'GET works')(req, res)),
    '/head-resets': (req, res) =>
      req.method === 'HEAD' ? req.socket.resetAndDestroy() : page(200)(req, res),
    '/slow': delayed(150, page(200)),
    '/stalled': stall(),
    '/reset': reset(),
    '/garbage': garbage(),
    '/bad-location': redirect(302, 'http://bad host:99999/'),
    '/huge': hugeHtml(50 * 1024 * 1024, '<meta http-equiv="refresh" content="0; url=/end">', hugeSent),
    '/meta': html('<html><head><meta content="0;URL=\'/end?from=meta\'" http-equiv="Refresh"></head></html>'),
    '/refresh-header': page(200, 'wait', { refresh: '0; url=/end?from=header' }),
    '/js': html('<script>setTimeout(function(){ window.location.href = "/js-target"; }, 0)</script>'),
    '/js-target': page(200),
    '/utm': redirect(301, '/landing'),
    '/utm-kept': redirect(301, '/landing?utm_source=news&utm_medium=email'),
    '/landing': page(200),
    '/unsubscribe': page(200, 'you are unsubscribed'),
    '/skip-me': page(200),
    '/goodbye': redirect(302, '/unsubscribe?u=9'),
    '/counted': page(200),
    '/busy': delayed(20, page(200)),
    '/titled': html('<html><head><title>Spring  sale &amp; more</title></head><body>hi</body></html>'),
    '/slow-head': (req, res) =>
      req.method === 'HEAD'
        ? delayed(350, html('<title>Slow head</title>'))(req, res)
        : html('<title>Slow head</title>')(req, res),
  };
  for (let i = 0; i < 14; i++) routes[loopTo(i)] = redirect(302, loopTo(i + 1));
  for (let i = 0; i < 5; i++) routes[`/c${i}`] = redirect(302, `/c${i + 1}`);
  routes['/c5'] = page(200);
  site = await startHttpTestServer({ routes });
  S = `http://site.test:${site.port}`;
  routes['/abs301'] = redirect(301, `${S}/end`);
  secure = await startHttpTestServer({
    tls: await issueCert(ca, ['secure.test']),
    routes: { '/down': redirect(302, `${S}/end`), '/ok': page(200) },
  });
  H = `https://secure.test:${secure.port}`;
  untrusted = await startHttpTestServer({
    tls: await selfSigned(['untrusted.test']),
    routes: { '/': page(200) },
  });
  deps = serviceTestDeps(
    {
      DNS_SERVERS: dns.server,
      ALLOW_HOSTS: 'site.test,secure.test,untrusted.test',
      HOP_TIMEOUT_MS: '400',
      CHAIN_DEADLINE_MS: '5000',
      MAX_REDIRECTS: '10',
    },
    [ca.cert],
  );
});

afterAll(async () => {
  await Promise.all([site.close(), secure.close(), untrusted.close(), dns.close()]);
});

describe('checkLinks: the landing page', () => {
  it("gives an HTML page's title", async () => {
    const r = await one(`${S}/titled`);
    expect(r.hops.at(-1)?.title).toBe('Spring sale & more');
    expect(r.hops.at(-1)?.method).toBe('GET');
  });

  it('times a hop by the answer it reports: a GET after a slow HEAD is not added to it', async () => {
    // HEAD takes 350 ms; the GET that follows answers at once. Added up, the hop would take 350 ms or more.
    const r = await one(`${S}/slow-head`);
    const hop = r.hops.at(-1);
    expect(hop?.method).toBe('GET');
    expect(hop?.title).toBe('Slow head');
    expect(hop?.ms).toBeLessThan(350);
  });
});

describe('checkLinks: following chains', () => {
  it('follows a relative 302 hop by hop with HEAD, recording each hop', async () => {
    const r = await one(`${S}/start`);
    expect(r.error).toBeNull();
    expect(r.hops.map((h) => [h.method, h.status, h.location, h.via, h.address])).toEqual([
      ['HEAD', 302, `${S}/end`, 'location', '127.0.0.1'],
      ['HEAD', 200, null, null, '127.0.0.1'],
    ]);
    expect(r.finalUrl).toBe(`${S}/end`);
    expect(r.finalStatus).toBe(200);
    expect(r.findings).toEqual([]);
  });

  it('follows 301, 303, 307 and 308 with absolute and relative Location', async () => {
    const a = await one(`${S}/abs301`);
    expect(a.hops.map((h) => h.status)).toEqual([301, 200]);
    const b = await one(`${S}/see-other`);
    expect(b.hops.map((h) => h.status)).toEqual([303, 307, 308, 200]);
    expect(b.finalUrl).toBe(`${S}/end`);
  });

  it('stops a loop at the repeat', async () => {
    const r = await one(`${S}/loop-a`);
    expect(r.error?.code).toBe('redirect-loop');
    expect(r.hops.map((h) => h.url)).toEqual([`${S}/loop-a`, `${S}/loop-b`]);
    expect(rules(r)).toEqual(['redirect-loop']);
  });

  it('gives up after MAX_REDIRECTS', async () => {
    const r = await one(`${S}/n0`);
    expect(r.error?.code).toBe('too-many-redirects');
    expect(r.hops).toHaveLength(11);
    expect(rules(r)).toEqual(['too-many-redirects']);
  });

  it('warns about a long chain', async () => {
    const r = await one(`${S}/c0`);
    expect(r.finalStatus).toBe(200);
    expect(rules(r)).toEqual(['long-redirect-chain']);
  });

  it('falls back to GET when HEAD is refused (405, 501), hangs or is reset', async () => {
    for (const path of ['/head-refused', '/head-501', '/head-hangs', '/head-resets']) {
      const before = site.requests.length;
      const r = await one(`${S}${path}`);
      expect(r.finalStatus).toBe(200);
      expect(r.hops[0]?.method).toBe('GET');
      expect(site.requests.slice(before).map((q) => q.method)).toEqual(['HEAD', 'GET']);
    }
  });

  it('reports a 404 as broken and a 999 or challenge page as bot-blocked', async () => {
    expect(rules(await one(`${S}/gone`))).toEqual(['broken-link']);
    const wall = await one(`${S}/wall`);
    expect(wall.finalStatus).toBe(999);
    expect(rules(wall)).toEqual(['bot-blocked']);
    const challenge = await one(`${S}/challenge`);
    expect(challenge.hops[0]?.botWall).toBe('Cloudflare challenge');
    expect(rules(challenge)).toEqual(['bot-blocked']);
    const challengePage = await one(`${S}/challenge-page`);
    expect(challengePage.hops[0]).toMatchObject({
      method: 'GET',
      status: 503,
      botWall: 'Cloudflare challenge',
    });
    expect(rules(challengePage)).toEqual(['bot-blocked']);
  });

  it('reports a host that does not exist as broken', async () => {
    const r = await one(`http://missing.test:${site.port}/`);
    expect(r.error?.code).toBe('dns-nxdomain');
    expect(rules(r)).toEqual(['broken-link']);
  });

  it('reports a slow chain against SLOW_MS', async () => {
    const slowDeps = { ...deps, config: { ...deps.config, slowMs: 100 } };
    const r = await one(`${S}/slow`, slowDeps);
    expect(r.finalStatus).toBe(200);
    expect(rules(r)).toEqual(['slow-response']);
  });

  it('times out a stalled server and reports a reset or a malformed answer', async () => {
    const stalled = await one(`${S}/stalled`);
    expect(stalled.error?.code).toBe('timeout');
    expect(rules(stalled)).toEqual(['fetch-failed']);
    const r = await one(`${S}/reset`);
    expect(r.error?.code).toBe('connection-reset');
    expect(rules(r)).toEqual(['fetch-failed']);
    const g = await one(`${S}/garbage`);
    expect(g.error?.code).toBe('malformed-response');
  });

  it('ends the chain at the deadline', async () => {
    const tight = { ...deps, config: { ...deps.config, chainDeadlineMs: 200, hopTimeoutMs: 5000 } };
    const r = await one(`${S}/stalled`, tight);
    expect(r.error?.code).toBe('deadline');
    expect(rules(r)).toEqual(['fetch-failed']);
  });

  it('ends the chain at the deadline while DNS does not answer', async () => {
    dns.set('silent.test', 'timeout');
    const tight = { ...deps, config: { ...deps.config, chainDeadlineMs: 200 } };
    const r = await one(`http://silent.test:${site.port}/`, tight);
    expect(r.error?.code).toBe('deadline');
    expect(rules(r)).toEqual(['fetch-failed']);
  });

  it('reports a malformed Location', async () => {
    const r = await one(`${S}/bad-location`);
    expect(r.error?.code).toBe('malformed-response');
    expect(r.error?.message).toContain('http://bad host:99999/');
    expect(rules(r)).toEqual(['fetch-failed']);
  });

  it('reads at most 64 KB of a huge body: a meta refresh after the cap is not seen', async () => {
    const r = await one(`${S}/huge`);
    expect(r.error).toBeNull();
    expect(r.hops).toHaveLength(1);
    expect(r.hops[0]?.method).toBe('GET');
    // The client dropped the connection after 64 KB: the server could not push the 50 MB.
    expect(hugeSent.bytes).toBeLessThan(10 * 1024 * 1024);
  });

  it('follows a meta refresh and a Refresh header', async () => {
    const meta = await one(`${S}/meta`);
    expect(meta.hops.map((h) => [h.method, h.via])).toEqual([
      ['GET', 'meta-refresh'],
      ['HEAD', null],
    ]);
    expect(meta.finalUrl).toBe(`${S}/end?from=meta`);
    const header = await one(`${S}/refresh-header`);
    expect(header.hops[0]?.via).toBe('refresh-header');
    expect(header.finalUrl).toBe(`${S}/end?from=header`);
  });

  it('reports a JavaScript redirect without running or following it', async () => {
    const r = await one(`${S}/js`);
    expect(r.hops).toHaveLength(1);
    expect(r.hops[0]).toMatchObject({ via: 'javascript', location: `${S}/js-target` });
    expect(site.requests.some((q) => q.path === '/js-target')).toBe(false);
  });

  it('reports utm parameters dropped by a redirect', async () => {
    const dropped = await one(`${S}/utm?utm_source=news&utm_medium=email`);
    expect(rules(dropped)).toEqual(['utm-dropped']);
    const kept = await one(`${S}/utm-kept?utm_source=news&utm_medium=email`);
    expect(rules(kept)).toEqual([]);
  });

  it('reports an https→http downgrade and the TLS result of the https hop', async () => {
    const r = await one(`${H}/down`);
    expect(r.hops.map((h) => h.url)).toEqual([`${H}/down`, `${S}/end`]);
    expect(r.hops[0]?.tls).toMatchObject({ trusted: true, coversHost: true, error: null });
    expect(r.hops[0]?.tls?.names).toEqual(['secure.test']);
    expect(r.hops[1]?.tls).toBeNull();
    expect(rules(r)).toContain('https-downgrade');
  });

  it('reports an untrusted certificate rather than skipping verification silently', async () => {
    const r = await one(`https://untrusted.test:${untrusted.port}/`);
    expect(r.finalStatus).toBe(200);
    expect(r.hops[0]?.tls).toMatchObject({ trusted: false, error: 'self-signed' });
    expect(rules(r)).toEqual(['tls-invalid']);
  });

  it('reports expired, soon-expiring and wrong-name certificates of https hops', async () => {
    const day = 86_400_000;
    const now = Date.now();
    const ca = await makeTestCa();
    const names = ['expired.test', 'expiring.test', 'wrong.test'];
    for (const n of names) dns.set(n, [{ type: 'A', address: '127.0.0.1' }]);
    const servers = await Promise.all([
      startHttpTestServer({
        tls: await issueCert(ca, ['expired.test'], {
          notBefore: new Date(now - 30 * day),
          notAfter: new Date(now - day),
        }),
        routes: { '/': page(200) },
      }),
      startHttpTestServer({
        tls: await issueCert(ca, ['expiring.test'], {
          notBefore: new Date(now - 30 * day),
          notAfter: new Date(now + 5 * day),
        }),
        routes: { '/': page(200) },
      }),
      startHttpTestServer({ tls: await issueCert(ca, ['other.test']), routes: { '/': page(200) } }),
    ]);
    try {
      const d = serviceTestDeps({ DNS_SERVERS: dns.server, ALLOW_HOSTS: names.join(',') }, [ca.cert]);
      const [expired, expiring, wrong] = await Promise.all(
        names.map((n, i) => one(`https://${n}:${servers[i]?.port ?? 0}/`, d)),
      );
      expect(expired?.hops[0]?.tls).toMatchObject({ trusted: false, error: 'expired' });
      expect(expired && rules(expired)).toContain('tls-invalid');
      expect(expiring?.hops[0]?.tls).toMatchObject({ trusted: true, error: null });
      expect(expiring?.hops[0]?.tls?.daysToExpiry).toBeLessThanOrEqual(5);
      expect(expiring && rules(expiring)).toEqual(['tls-expiring']);
      expect(wrong?.hops[0]?.tls).toMatchObject({
        trusted: false,
        coversHost: false,
        error: 'hostname-mismatch',
      });
      expect(wrong && rules(wrong)).toContain('tls-invalid');
    } finally {
      await Promise.all(servers.map((s) => s.close()));
    }
  });

  it('never requests mailto:, unsubscribe links or skipped URLs', async () => {
    const before = site.requests.length;
    const results = await check(
      [
        'mailto:a@example.com',
        'tel:+123',
        `${S}/unsubscribe?u=1`,
        `${S}/skip-me`,
        `${S}/list-unsubscribe`,
        `${S}/one-click/unsub?t=1`,
        `${S}/manage-preferences`,
        `${S}/view-in-browser?id=1`,
      ],
      { skip: [`${S}/skip-me`] },
    );
    expect(results.map((r) => r.error?.code)).toEqual(Array(8).fill('not-requested'));
    expect(results.every((r) => rules(r).join() === 'not-requested')).toBe(true);
    expect(site.requests.length).toBe(before);
    const via = await one(`${S}/goodbye`);
    expect(via.error?.code).toBe('not-requested');
    expect(via.error?.message).toContain(`where hop 1 redirects: ${S}/unsubscribe?u=9`);
    expect(site.requests.slice(before).map((q) => q.path)).toEqual(['/goodbye']);
  });

  it('checks identical URLs once and sends an honest User-Agent', async () => {
    const before = site.requests.length;
    const results = await check([`${S}/counted`, `${S}/counted`, `${S}/counted`]);
    expect(results).toHaveLength(1);
    const seen = site.requests.slice(before);
    expect(seen.map((q) => q.path)).toEqual(['/counted']);
    expect(seen[0]?.userAgent).toContain('https://github.com/email-link-inspector/email-link-inspector');
    expect(seen[0]?.host).toBe(`site.test:${site.port}`);
  });

  it('bounds requests per destination host', async () => {
    const server = await startHttpTestServer({ routes: { '*': delayed(20, page(200)) } });
    try {
      const d = { ...deps, config: { ...deps.config, perHostConcurrency: 2, concurrency: 16 } };
      const urls = Array.from({ length: 12 }, (_, i) => `http://site.test:${server.port}/p${i}`);
      const results = await check(urls, {}, d);
      expect(results).toHaveLength(12);
      expect(server.maxInFlight()).toBe(2);
    } finally {
      await server.close();
    }
  });

  it('connects over IPv6 to an allowed address or name', async () => {
    const v6 = await startHttpTestServer({ host: '::1', routes: { '/': page(200) } });
    try {
      dns.set('six.test', [{ type: 'AAAA', address: '::1' }]);
      const d = serviceTestDeps({ DNS_SERVERS: dns.server, ALLOW_HOSTS: '::1' });
      const literal = await one(`http://[::1]:${v6.port}/`, d);
      expect(literal.hops.map((h) => [h.address, h.status])).toEqual([['::1', 200]]);
      const named = await one(`http://six.test:${v6.port}/`, d);
      expect(named.hops.map((h) => [h.address, h.status])).toEqual([['::1', 200]]);
      expect(v6.requests.map((q) => q.host)).toEqual([`[::1]:${v6.port}`, `six.test:${v6.port}`]);
    } finally {
      await v6.close();
    }
  });

  it('shares the limits between concurrent runs with one configuration', async () => {
    const server = await startHttpTestServer({ routes: { '*': delayed(20, page(200)) } });
    try {
      const d = { ...deps, config: { ...deps.config, perHostConcurrency: 1, concurrency: 8 } };
      const urls = (run: string) =>
        Array.from({ length: 4 }, (_, i) => `http://site.test:${server.port}/${run}${i}`);
      const [a, b] = await Promise.all([check(urls('a'), {}, d), check(urls('b'), {}, d)]);
      expect([a.length, b.length]).toEqual([4, 4]);
      expect(server.maxInFlight()).toBe(1);
    } finally {
      await server.close();
    }
  });

  it('stops when the signal aborts', async () => {
    const controller = new AbortController();
    const out: LinkCheckFacts[] = [];
    const running = checkLinks(deps, [`${S}/stalled`], { signal: controller.signal }, (r) => out.push(r));
    controller.abort();
    await running;
    expect(out).toEqual([]);
  });
});
