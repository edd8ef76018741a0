import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkCheckFacts } from '../../core/facts';
import { checkLinks } from '../checks/link-check';
import type { ServiceDeps } from '../config';
import { startCanaryServer, type CanaryServer } from '../testing/canary-server';
import { startDnsTestServer, type DnsTestServer } from '../testing/dns-test-server';
import { page, redirect, startHttpTestServer, type HttpTestServer } from '../testing/http-test-servers';
import { serviceTestDeps } from '../testing/service-test-deps';

/**
 * The SSRF suite: every forbidden address form, host names that resolve to
 * forbidden addresses, DNS rebinding, and public-looking URLs that redirect
 * inside, all aimed at a canary on loopback that counts connections. With
 * ALLOW_HOSTS empty (or naming only the first hop), every one must end in
 * `blocked-target` and the canary must count zero. Only loopback is ever
 * contacted: every other address is refused before a socket is opened.
 */
let canary: CanaryServer;
let dns: DnsTestServer;
let P: number;

async function check(deps: ServiceDeps, urls: string[]): Promise<LinkCheckFacts[]> {
  const out: LinkCheckFacts[] = [];
  await checkLinks(deps, urls, {}, (r) => out.push(r));
  return out;
}
const depsWith = (allow: string): ServiceDeps =>
  serviceTestDeps({
    DNS_SERVERS: dns.server,
    ALLOW_HOSTS: allow,
    HOP_TIMEOUT_MS: '1000',
    CHAIN_DEADLINE_MS: '5000',
  });

function expectAllBlocked(results: LinkCheckFacts[], urls: string[]): void {
  expect(results).toHaveLength(urls.length);
  for (const r of results) {
    expect({ url: r.url, code: r.error?.code }).toEqual({ url: r.url, code: 'blocked-target' });
    expect(r.findings?.map((f) => f.rule)).toEqual(['blocked-target']);
  }
  expect(canary.hits()).toBe(0);
}

beforeAll(async () => {
  canary = await startCanaryServer();
  P = canary.port;
  dns = await startDnsTestServer({
    'loop.test': [{ type: 'A', address: '127.0.0.1' }],
    'loop6.test': [{ type: 'AAAA', address: '::1' }],
    'mapped6.test': [{ type: 'AAAA', address: '::ffff:127.0.0.1' }],
    'private.test': [{ type: 'A', address: '10.1.2.3' }],
    'metadata.test': [{ type: 'A', address: '169.254.169.254' }],
    'cgnat.test': [{ type: 'A', address: '100.64.1.1' }],
    'ula.test': [{ type: 'AAAA', address: 'fd00::1' }],
    'alias.test': [{ type: 'CNAME', domain: 'loop.test' }],
    // One allowed answer next to the canary's: the name is refused as a whole.
    'mixed.test': [
      { type: 'A', address: '127.0.0.5' },
      { type: 'A', address: '127.0.0.1' },
    ],
    'localhost.test': [{ type: 'A', address: '127.0.0.1' }],
    'public.test': [{ type: 'A', address: '127.0.0.1' }],
  });
});

afterAll(async () => {
  await Promise.all([canary.close(), dns.close()]);
});

describe('SSRF guard (ALLOW_HOSTS empty)', () => {
  it('refuses every textual form of a forbidden address without connecting', async () => {
    const hosts = [
      '127.0.0.1',
      '127.1',
      '127.0.1',
      '2130706433',
      '0x7f000001',
      '0x7f.0.0.1',
      '0x7f.1',
      '0177.0.0.1',
      '0177.1',
      '017700000001',
      '127.000.000.001',
      '①②⑦.⓪.⓪.①',
      '127。0。0。1',
      '%31%32%37.0.0.1',
      '127.0.0.1.',
      '0x7f.0x0.0x0.0x1',
      '00000177.0.0.1',
      'ⓛⓞⓒⓐⓛⓗⓞⓢⓣ',
      'local\u00adhost',
      '127.0.0.2',
      '0',
      '0.0.0.0',
      '[::1]',
      '[0:0:0:0:0:0:0:1]',
      '[::]',
      '[::ffff:127.0.0.1]',
      '[::ffff:7f00:1]',
      '[0:0:0:0:0:ffff:127.0.0.1]',
      '[::127.0.0.1]',
      '[::ffff:0:7f00:1]',
      '[64:ff9b::127.0.0.1]',
      '[2002:7f00:1::1]',
      '[2001:0:4136:e378:8000:63bf:80ff:fffe]',
      '169.254.169.254',
      '[::ffff:169.254.169.254]',
      '2852039166',
      '0xa9fea9fe',
      '[fd00:ec2::254]',
      '10.0.0.1',
      '172.16.0.1',
      '192.168.1.1',
      '100.64.0.1',
      '224.0.0.1',
      '240.0.0.1',
      '255.255.255.255',
      '[fe80::1]',
      '[fc00::1]',
      '[ff02::1]',
      'localhost',
      'LocalHost.',
      'x.localhost',
      'metadata.google.internal',
    ];
    const urls = hosts.flatMap((h) => [`http://${h}:${P}/`, `https://${h}:${P}/x?y=1`]);
    expectAllBlocked(await check(depsWith(''), urls), urls);
  });

  it('refuses other schemes and credentials', async () => {
    const urls = [
      `gopher://127.0.0.1:${P}/_GET%20/`,
      `dict://127.0.0.1:${P}/info`,
      'file:///etc/passwd',
      `ftp://127.0.0.1:${P}/`,
      `http://user:pass@loop.test:${P}/`,
      `http://evil.example@127.0.0.1:${P}/`,
    ];
    expectAllBlocked(await check(depsWith(''), urls), urls);
  });

  it('refuses host names of the test zone that resolve to forbidden addresses', async () => {
    const names = [
      'loop.test',
      'loop6.test',
      'mapped6.test',
      'private.test',
      'metadata.test',
      'cgnat.test',
      'ula.test',
      'alias.test',
    ];
    const urls = names.map((n) => `http://${n}:${P}/`);
    const results = await check(depsWith(''), urls);
    expectAllBlocked(results, urls);
    expect(results.find((r) => r.url.includes('metadata.test'))?.error?.message).toContain('cloud metadata');
  });

  it('refuses a name whose answer mixes an allowed and a forbidden address', async () => {
    const urls = [`http://mixed.test:${P}/`];
    expectAllBlocked(await check(depsWith('127.0.0.5'), urls), urls);
  });

  it('does not let an allowed name vouch for other names on the same address', async () => {
    const urls = [`http://loop.test:${P}/`, `http://127.0.0.1:${P}/`];
    expectAllBlocked(await check(depsWith('public.test'), urls), urls);
  });
});

describe('SSRF guard across redirects and DNS rebinding', () => {
  let redirector: HttpTestServer;
  let decoy: HttpTestServer;
  const targets = (): string[] => [
    `http://127.0.0.1:${P}/`,
    `http://127.0.0.2:${P}/`,
    `http://[::1]:${P}/`,
    `http://2130706433:${P}/`,
    `http://0x7f.1:${P}/`,
    `http://[::ffff:127.0.0.1]:${P}/`,
    `http://localhost:${P}/`,
    `http://localhost.test:${P}/`,
    `http://loop.test:${P}/`,
    'http://169.254.169.254/latest/meta-data/iam/security-credentials/',
    'http://[fd00:ec2::254]/latest/meta-data/',
    'http://metadata.google.internal/computeMetadata/v1/',
    `gopher://127.0.0.1:${P}/_x`,
  ];

  beforeAll(async () => {
    const routes: Record<string, ReturnType<typeof page>> = {};
    targets().forEach((t, i) => {
      routes[`/r${i}`] = redirect(302, t);
      routes[`/meta${i}`] = page(200, `<meta http-equiv="refresh" content="0;url=${t}">`, {
        'content-type': 'text/html',
      });
    });
    routes['/two-step'] = redirect(301, '/r0');
    redirector = await startHttpTestServer({ routes });
    // The rebinding decoy: an allowed loopback address on the canary's port.
    decoy = await startHttpTestServer({
      host: '127.0.0.5',
      port: P,
      routes: { '/first': redirect(302, `/second`), '/second': page(200), '/': page(200) },
    });
  });
  afterAll(async () => {
    await Promise.all([redirector.close(), decoy.close()]);
  });

  it('refuses a public-looking URL that redirects (Location or meta refresh) inside', async () => {
    const deps = depsWith('public.test');
    const urls = [
      ...targets().map((_, i) => `http://public.test:${redirector.port}/r${i}`),
      ...targets().map((_, i) => `http://public.test:${redirector.port}/meta${i}`),
      `http://public.test:${redirector.port}/two-step`,
    ];
    const results = await check(deps, urls);
    expectAllBlocked(results, urls);
    for (const r of results) {
      expect(r.hops.length).toBeGreaterThanOrEqual(2);
      expect(r.hops[0]?.address).toBe('127.0.0.1');
      expect(r.hops[r.hops.length - 1]?.error?.code).toBe('blocked-target');
    }
  });

  it('connects to the address it checked: a rebinding answer cannot swap in the canary', async () => {
    // First look-ups (A and AAAA of the first hop) answer the allowed decoy, later ones the canary.
    dns.set('rebind-once.test', (n) => [{ type: 'A', address: n < 2 ? '127.0.0.5' : '127.0.0.1' }]);
    const deps = depsWith('127.0.0.5');
    const [r] = await check(deps, [`http://rebind-once.test:${P}/`]);
    expect(r?.error).toBeNull();
    expect(r?.hops.map((h) => [h.address, h.status])).toEqual([['127.0.0.5', 200]]);
    expect(dns.queries.filter((q) => q.name === 'rebind-once.test' && q.type === 'A')).toHaveLength(1);
    expect(canary.hits()).toBe(0);
  });

  it('never reuses a pooled connection for a different answer: each hop goes to its own checked address', async () => {
    const five = await startHttpTestServer({
      host: '127.0.0.5',
      routes: { '/first': redirect(302, '/second') },
    });
    const six = await startHttpTestServer({
      host: '127.0.0.6',
      port: five.port,
      routes: { '/second': page(200) },
    });
    try {
      dns.set('rebind-pool.test', (n) => [{ type: 'A', address: n < 2 ? '127.0.0.5' : '127.0.0.6' }]);
      const [r] = await check(depsWith('127.0.0.5,127.0.0.6/32'), [
        `http://rebind-pool.test:${five.port}/first`,
      ]);
      expect(r?.hops.map((h) => [h.address, h.status])).toEqual([
        ['127.0.0.5', 302],
        ['127.0.0.6', 200],
      ]);
      expect(five.requests.map((q) => q.path)).toEqual(['/first']);
      expect(six.requests.map((q) => q.path)).toEqual(['/second']);
    } finally {
      await Promise.all([five.close(), six.close()]);
    }
  });

  it('checks again on every hop: a name that rebinds between hops is refused on the second', async () => {
    dns.set('rebind.test', (n) => [{ type: 'A', address: n < 2 ? '127.0.0.5' : '127.0.0.1' }]);
    const deps = depsWith('127.0.0.5');
    const urls = [`http://rebind.test:${P}/first`];
    const results = await check(deps, urls);
    expectAllBlocked(results, urls);
    expect(results[0]?.hops.map((h) => [h.address ?? null, h.status])).toEqual([
      ['127.0.0.5', 302],
      [null, null],
    ]);
  });
});
