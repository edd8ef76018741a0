import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { issueCert, makeTestCa } from '../../src/server/testing/certs';
import { startDnsTestServer, type DnsTestServer } from '../../src/server/testing/dns-test-server';
import {
  delayed,
  page,
  redirect,
  startHttpTestServer,
  type HttpTestServer,
} from '../../src/server/testing/http-test-servers';
import { startHttpsTestServer, type HttpsTestServer } from '../../src/server/testing/https-test-server';

/**
 * The online world of the e2e spec, all on loopback: a DNS server with the
 * shop's zone (planted SPF, DMARC, CNAME problems), an HTTP and an HTTPS
 * server (redirects, a 404, a downgrade, slow pages; a tracking host whose
 * certificate covers another name), a test CA, and a second instance of the
 * built service (`dist/node/server.js`) pointed at them. The page is opened on
 * that instance, so the app calls it for /api/*.
 */
export interface OnlineWorld {
  /** The service (and the app it serves), e.g. `http://127.0.0.1:43210`. */
  url: string;
  http: HttpTestServer;
  https: HttpsTestServer;
  dns: DnsTestServer;
  /** Another service instance on the same test servers, with extra settings (a strict rate limit…). */
  startService(env: Record<string, string>): Promise<{ url: string; stop: () => void }>;
  close(): Promise<void>;
}

const SHOP = 'shop.test';

export async function startOnlineWorld(): Promise<OnlineWorld> {
  const ca = await makeTestCa();
  const dir = mkdtempSync(join(tmpdir(), 'eli-online-e2e-'));
  writeFileSync(join(dir, 'ca.pem'), ca.cert);
  const http = await startHttpTestServer({
    routes: {
      '/sale': redirect(301, '/landing'),
      '/landing': page(200, 'landing'),
      '/ok': page(200, 'ok'),
      '/gone': page(404, 'gone'),
      '/slow': delayed(4000, page(200, 'slow')),
    },
  });
  const httpsHandler = (req: IncomingMessage, res: ServerResponse): void => {
    const path = new URL(req.url ?? '/', 'https://x').pathname;
    if (path === '/secure') {
      res.writeHead(302, { location: `http://www.${SHOP}:${http.port}/ok`, 'content-length': '0' }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '2' });
    res.end(req.method === 'HEAD' ? undefined : 'ok');
  };
  const https = await startHttpsTestServer({
    cert: await issueCert(ca, [`www.${SHOP}`]),
    // The branded tracking host serves the platform's certificate: it does not cover the host.
    sni: { [`click.${SHOP}`]: await issueCert(ca, ['*.sendgrid.net', 'sendgrid.net']) },
    handler: httpsHandler,
  });
  const dns = await startDnsTestServer({
    [`www.${SHOP}`]: [{ type: 'A', address: '127.0.0.1' }],
    [`click.${SHOP}`]: [{ type: 'CNAME', domain: 'track.other-platform.test' }],
    'track.other-platform.test': [{ type: 'A', address: '127.0.0.1' }],
    [SHOP]: [
      { type: 'TXT', data: 'v=spf1 ip4:192.0.2.0/24 +all' },
      { type: 'MX', exchange: `mx.${SHOP}`, priority: 10 },
    ],
    [`_dmarc.${SHOP}`]: [{ type: 'TXT', data: 'v=DMARC1; p=none; rua=mailto:dmarc@shop.test' }],
  });
  const service = async (extra: Record<string, string>): Promise<{ url: string; stop: () => void }> => {
    const child: ChildProcess = spawn(process.execPath, ['dist/node/server.js'], {
      env: {
        PATH: process.env['PATH'] ?? '',
        PORT: '0',
        HOST: '127.0.0.1',
        DNS_SERVERS: dns.server,
        ALLOW_HOSTS: '127.0.0.1',
        // The loopback test servers listen on random ports, not 80/443.
        ALLOWED_PORTS: '*',
        DNSBL_ZONES: 'dbl.test',
        NODE_EXTRA_CA_CERTS: join(dir, 'ca.pem'),
        EXTRA_CA_CERTS: join(dir, 'ca.pem'),
        RATE_LIMIT: '0',
        LOG_LEVEL: 'info',
        ...extra,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const stdout = child.stdout;
    if (!stdout) throw new Error('the service has no stdout');
    const url = await new Promise<string>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`the service exited with ${code}`)));
      const lines = createInterface({ input: stdout });
      lines.on('line', (line) => {
        try {
          const entry = JSON.parse(line) as { msg?: string; url?: string };
          if (entry.msg === 'listening' && entry.url) resolve(entry.url);
        } catch {
          // Not a log line.
        }
      });
    });
    return { url, stop: () => child.kill('SIGTERM') };
  };
  const main = await service({});
  const others: Array<() => void> = [];
  return {
    url: main.url,
    http,
    https,
    dns,
    async startService(env) {
      const other = await service(env);
      others.push(other.stop);
      return other;
    },
    async close() {
      main.stop();
      for (const stop of others) stop();
      await Promise.all([http.close(), https.close(), dns.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The secret the email body carries: it must never reach the service. */
export const BODY_MARKER = 'BODY-SECRET-4f1c9e';

/** A sent SendGrid message from the shop: one tracked link, untracked links with planted chain problems. */
export function shopMessage(world: OnlineWorld): string {
  const h = world.http.port;
  const s = world.https.port;
  return [
    'From: Shop News <news@shop.test>',
    'To: reader@example.org',
    'Subject: Winter sale',
    'DKIM-Signature: v=1; a=rsa-sha256; d=shop.test; s=s1; h=from:subject; bh=AAAA; b=BBBB',
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<html><body>',
    `<p>${BODY_MARKER}: our winter sale starts now.</p>`,
    `<p><a href="https://click.shop.test:${s}/ls/click?upn=abc123">Shop the sale</a></p>`,
    `<p><a href="http://www.shop.test:${h}/sale?utm_source=news&amp;utm_campaign=winter">Sale page</a></p>`,
    `<p><a href="http://www.shop.test:${h}/gone">Old offer</a></p>`,
    `<p><a href="https://www.shop.test:${s}/secure">Your account</a></p>`,
    '</body></html>',
    '',
  ].join('\r\n');
}

/** A template whose links answer slowly (for cancel). */
export function slowTemplate(world: OnlineWorld): string {
  const h = world.http.port;
  const links = Array.from(
    { length: 6 },
    (_, i) => `<p><a href="http://www.shop.test:${h}/slow?n=${i}">Slow ${i}</a></p>`,
  );
  return `<html><body><p>${BODY_MARKER}</p>${links.join('')}</body></html>`;
}
