/**
 * `check --online` end to end: the real CLI in a child process, a real DNS
 * server (dns2) and a real HTTP server, both on loopback, let through with
 * --allow-host. Nothing else is reached: the zone answers every name asked.
 */

import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Report } from '../core/types';
import { startDnsTestServer, type DnsTestServer } from '../server/testing/dns-test-server';
import { runCli } from './run-cli.test-helpers';

// A child process and real look-ups: give a busy machine time.
vi.setConfig({ testTimeout: 90_000 });

describe('check --online', () => {
  let dns: DnsTestServer;
  let http: Server;
  let port = 0;
  let dir = '';
  let eml = '';
  const requested: string[] = [];

  beforeAll(async () => {
    http = createServer((req, res) => {
      const path = req.url ?? '/';
      requested.push(path);
      if (path.startsWith('/ls/click')) {
        res.writeHead(302, { location: `http://shop.test:${port}/sale?utm_source=newsletter` }).end();
      } else if (path.startsWith('/sale')) {
        res.writeHead(200, { 'content-type': 'text/plain' }).end('sale');
      } else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    port = (http.address() as AddressInfo).port;

    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const key = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    const loopback = [{ type: 'A' as const, address: '127.0.0.1' }];
    dns = await startDnsTestServer({
      'click.shop.test': loopback,
      'shop.test': [
        ...loopback,
        { type: 'TXT', data: 'v=spf1 ip4:192.0.2.0/24 -all' },
        { type: 'MX', exchange: 'mx.shop.test', priority: 10 },
      ],
      'mx.shop.test': loopback,
      '_dmarc.shop.test': [{ type: 'TXT', data: 'v=DMARC1; p=reject' }],
      's1._domainkey.shop.test': [{ type: 'TXT', data: `v=DKIM1; k=rsa; p=${key}` }],
    });

    dir = await mkdtemp(join(tmpdir(), 'eli-online-'));
    eml = join(dir, 'sent.eml');
    const html = [
      '<html><body>',
      `<p><a href="http://click.shop.test:${port}/ls/click?upn=abc">Shop the sale</a></p>`,
      `<p><a href="http://click.shop.test:${port}/ls/click?upn=def">Boots</a></p>`,
      `<p><a href="http://shop.test:${port}/help">Help centre</a></p>`,
      `<p><a href="http://click.shop.test:${port}/asm/unsubscribe/?user_id=1">Unsubscribe</a></p>`,
      // Opaque tracked links the service cannot tell by URL: one reads "Abmelden", one is the List-Unsubscribe URL.
      `<p><a href="http://click.shop.test:${port}/ls/click?upn=opt1">Abmelden</a></p>`,
      `<p><a href="http://click.shop.test:${port}/ls/click?upn=lu1">Your account</a></p>`,
      '</body></html>',
    ].join('\r\n');
    await writeFile(
      eml,
      [
        'From: Shop <news@shop.test>',
        'To: ann@example.org',
        'Subject: Winter sale',
        'DKIM-Signature: v=1; a=rsa-sha256; d=shop.test; s=s1; h=from:to:subject; bh=x; b=y',
        `List-Unsubscribe: <mailto:leave@shop.test>, <http://click.shop.test:${port}/ls/click?upn=lu1>`,
        'MIME-Version: 1.0',
        'Content-Type: text/html; charset=utf-8',
        '',
        html,
        '',
      ].join('\r\n'),
    );
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => http.close(() => resolve()));
    await dns.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('follows the links, checks the tracking and sender domains, and merges the findings', async () => {
    const run = await runCli(
      [
        'check',
        eml,
        '--online',
        '--format',
        'json',
        '--tracking-domain',
        'click.shop.test',
        '--dns-server',
        dns.server,
        '--allow-host',
        '127.0.0.1',
      ],
      undefined,
      { ALLOWED_PORTS: '*' },
    );
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as Report;

    const byHref = (part: string) => report.links.find((l) => l.href?.includes(part));
    const sale = byHref('upn=abc');
    expect(sale?.check?.hops.map((h) => h.status)).toEqual([302, 200]);
    expect(sale?.check?.finalUrl).toBe(`http://shop.test:${port}/sale?utm_source=newsletter`);
    expect(sale?.check?.error).toBeNull();

    const help = byHref('/help');
    expect(help?.check?.finalStatus).toBe(404);
    expect(report.findings.some((f) => f.rule === 'broken-link' && f.link === help?.id)).toBe(true);

    const unsubscribe = byHref('/asm/unsubscribe/');
    expect(unsubscribe?.check?.error?.code).toBe('not-requested');
    // Unsubscribe links only the email tells apart went in the skip list: never requested.
    expect(byHref('upn=opt1')?.check?.error?.code).toBe('not-requested');
    expect(byHref('upn=lu1')?.check?.error?.code).toBe('not-requested');
    expect(requested.filter((p) => /upn=(opt1|lu1)|unsubscribe/.test(p))).toEqual([]);
    expect(requested.some((p) => p.includes('upn=abc'))).toBe(true);

    expect(report.trackingDomainChecks?.map((t) => [t.host, t.addresses])).toEqual([
      ['click.shop.test', ['127.0.0.1']],
    ]);
    const sender = report.senderChecks?.find((s) => s.domain === 'shop.test');
    expect(sender?.spf.record).toBe('v=spf1 ip4:192.0.2.0/24 -all');
    expect(sender?.dmarc.policy).toBe('reject');
    expect(sender?.dkim.find((k) => k.selector === 's1')).toMatchObject({ found: true, keyBits: 2048 });
    expect(report.findings.filter((f) => f.rule === 'dns-lookup-failed')).toEqual([]);

    // Only loopback was reached: every DNS question was about the test zone or a blocklist of it.
    for (const q of dns.queries) expect(q.name).toMatch(/(^|\.)shop\.test($|\.)/);
    expect(run.code).toBe(1);
  });

  it('is refused with exit 2 when the service configuration from the environment is bad', async () => {
    const run = await runCli(['check', eml, '--online'], undefined, { HOP_TIMEOUT_MS: 'soon' });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^email-link-inspector: Bad configuration: HOP_TIMEOUT_MS/);
  });
});
