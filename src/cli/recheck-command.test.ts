import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RecheckResult } from '../core/recheck/recheck';
import type { Report } from '../core/types';
import { issueCert, makeTestCa, type TestCa } from '../server/testing/certs';
import { startDnsTestServer, type DnsTestServer } from '../server/testing/dns-test-server';
import { startHttpTestServer, type Handler, type HttpTestServer } from '../server/testing/http-test-servers';
import { runCli } from './run-cli.test-helpers';

/**
 * `recheck` end to end: a report saved by `check --online`, then the same
 * links checked again after the loopback servers changed their answers (a
 * page gone, a new redirect, a slow page, a certificate near its end) and the
 * test DNS server moved the tracking domain's CNAME.
 */
vi.setConfig({ testTimeout: 120_000 });

const DAY = 86_400_000;

describe('recheck REPORT.json', () => {
  let dns: DnsTestServer;
  let http: HttpTestServer;
  let https: HttpTestServer;
  let ca: TestCa;
  let dir = '';
  let env: Record<string, string> = {};
  let phase: 'before' | 'after' = 'before';

  const route =
    (before: Handler, after: Handler): Handler =>
    (req, res) =>
      phase === 'before' ? before(req, res) : after(req, res);
  const ok: Handler = (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');

  async function startHttps(days: number, port?: number): Promise<HttpTestServer> {
    return startHttpTestServer({
      ...(port !== undefined ? { port } : {}),
      tls: await issueCert(ca, ['secure.shop.test'], {
        notBefore: new Date(Date.now() - DAY),
        notAfter: new Date(Date.now() + days * DAY),
      }),
      routes: { '/': ok },
    });
  }

  beforeAll(async () => {
    ca = await makeTestCa();
    http = await startHttpTestServer({
      routes: {
        '/sale': route(
          ok,
          (_req, res) => void res.writeHead(404, { 'content-type': 'text/plain' }).end('gone'),
        ),
        '/coats': route(ok, (_req, res) => void res.writeHead(301, { location: '/coats-2026' }).end()),
        '/coats-2026': ok,
        '/help': route(ok, (req, res) => void setTimeout(() => ok(req, res), 1600)),
        '/steady': ok,
      },
    });
    https = await startHttps(90);
    dns = await startDnsTestServer({
      'shop.test': [{ type: 'A', address: '127.0.0.1' }],
      'secure.shop.test': [{ type: 'A', address: '127.0.0.1' }],
      'click.shop.test': [
        { type: 'CNAME', domain: 'tracking.esp-one.test' },
        { type: 'A', address: '127.0.0.1' },
      ],
    });
    dir = await mkdtemp(join(tmpdir(), 'eli-recheck-'));
    await writeFile(join(dir, 'ca.pem'), ca.cert);
    // Loopback servers listen on high ports; the checker allows only 80 and 443 unless told.
    env = { NODE_EXTRA_CA_CERTS: join(dir, 'ca.pem'), ALLOWED_PORTS: '*' };
    const base = `http://shop.test:${http.port}`;
    await writeFile(
      join(dir, 'sent.html'),
      [
        `<p><a href="${base}/sale">Sale</a> <a href="${base}/coats">Coats</a> <a href="${base}/help">Help</a></p>`,
        `<p><a href="${base}/steady">Steady</a> <a href="https://secure.shop.test:${https.port}/">Secure</a></p>`,
        '',
      ].join('\n'),
    );
  });

  afterAll(async () => {
    await Promise.all([http.close(), https.close(), dns.close()]);
    await rm(dir, { recursive: true, force: true });
  });

  const online = (): string[] => ['--dns-server', dns.server, '--allow-host', '127.0.0.1'];

  it('nothing changed: exit 0; then pages, redirects, speed, certificate and CNAME change: exit 1 with each', async () => {
    const saved = await runCli(
      [
        'check',
        'sent.html',
        '--online',
        '--tracking-domain',
        'click.shop.test',
        '--format',
        'json',
        '--fail-on',
        'never',
        ...online(),
      ],
      undefined,
      env,
      dir,
    );
    expect(saved.stderr).toBe('');
    const checks = (JSON.parse(saved.stdout) as Report).links.map((l) => l.check?.finalStatus);
    expect(checks).toEqual([200, 200, 200, 200, 200]);
    await writeFile(join(dir, 'report.json'), saved.stdout);

    const same = await runCli(['recheck', 'report.json', ...online()], undefined, env, dir);
    expect(same.stderr).toBe('');
    expect(same.stdout).toContain('Nothing changed.');
    expect(same.code).toBe(0);

    phase = 'after';
    const port = https.port;
    await https.close();
    https = await startHttps(5, port);
    dns.set('click.shop.test', [
      { type: 'CNAME', domain: 'tracking.esp-two.test' },
      { type: 'A', address: '127.0.0.1' },
    ]);

    const out = await runCli(
      ['recheck', 'report.json', '--format', 'json', ...online()],
      undefined,
      env,
      dir,
    );
    expect(out.stderr).toBe('');
    expect(out.code).toBe(1);
    const r = JSON.parse(out.stdout) as RecheckResult;
    const kinds = r.changes.map((c) => [c.kind, c.subject.replace(/:\d+/, ':PORT')]);
    expect(kinds).toContainEqual(['newly-broken', 'http://shop.test:PORT/sale']);
    expect(kinds).toContainEqual(['new-redirect', 'http://shop.test:PORT/coats']);
    expect(kinds).toContainEqual(['slower', 'http://shop.test:PORT/help']);
    expect(kinds).toContainEqual(['tls-expiring', 'https://secure.shop.test:PORT/']);
    expect(kinds).toContainEqual(['cname-changed', 'click.shop.test']);
    expect(kinds.filter(([, s]) => s === 'http://shop.test:PORT/steady')).toEqual([]);
    expect(r.changes.find((c) => c.kind === 'newly-broken')).toMatchObject({
      was: 'HTTP 200',
      now: 'HTTP 404',
    });
    expect(r.changes.find((c) => c.kind === 'cname-changed')).toMatchObject({
      was: 'tracking.esp-one.test',
      now: 'tracking.esp-two.test',
    });
    expect(r.summary.regressions).toBe(r.changes.length);

    const text = await runCli(['recheck', 'report.json', ...online()], undefined, env, dir);
    expect(text.stdout).toMatch(/^REGRESSION {2}newly broken: http:\/\/shop\.test:\d+\/sale$/m);
    expect(text.stdout).toMatch(/^ {12}was HTTP 200; now HTTP 404$/m);
  });

  it('a report without online results, or not a report: exit 2, one line', async () => {
    await writeFile(
      join(dir, 'offline.json'),
      (await runCli(['check', 'sent.html', '--format', 'json'], undefined, {}, dir)).stdout,
    );
    await writeFile(join(dir, 'other.json'), '{"hello": 1}');
    for (const [file, expected] of [
      ['offline.json', /has no online results/],
      ['other.json', /not a JSON report of email-link-inspector/],
      ['missing.json', /no such file/],
    ] as const) {
      const out = await runCli(['recheck', file], undefined, {}, dir);
      expect(out.code).toBe(2);
      expect(out.stdout).toBe('');
      expect(out.stderr).toMatch(expected);
      expect(out.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });
});
