import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { createInterface } from 'node:readline';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logger';
import { issueCert, makeTestCa } from '../testing/certs';
import { startDnsTestServer, type DnsTestServer } from '../testing/dns-test-server';
import { startHttpsTestServer, type HttpsTestServer } from '../testing/https-test-server';
import { startNodeServer, type NodeServer } from './node-server';
import { version as packageVersion } from '../../../package.json';

describe('the Node server: the web app and /api/* on one port', () => {
  let dir: string;
  let server: NodeServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'eli-static-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Email Link Inspector</title>');
    writeFileSync(join(dir, 'assets', 'app-abc123.js'), 'export {};');
    // As the build writes them: the compressed copies beside the file.
    const big = `export const words = ${JSON.stringify('tracking '.repeat(500))};`;
    writeFileSync(join(dir, 'assets', 'big-def456.js'), big);
    writeFileSync(join(dir, 'assets', 'big-def456.js.br'), brotliCompressSync(big));
    writeFileSync(join(dir, 'assets', 'big-def456.js.gz'), gzipSync(big));
    server = await startNodeServer(
      { PORT: '0', HOST: '127.0.0.1', STATIC_DIR: dir, DNS_SERVERS: '127.0.0.1:9' },
      { logger: createLogger('silent') },
    );
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html at / and for app paths, with the CSP and security headers', async () => {
    for (const path of ['/', '/links/L3']) {
      const res = await fetch(server.url + path);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<title>Email Link Inspector</title>');
      expect(res.headers.get('content-type')).toContain('text/html');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('serves hashed assets cacheable for a year, and 404s missing files', async () => {
    const res = await fetch(server.url + '/assets/app-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const missing = await fetch(server.url + '/assets/nope.js');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      error: { code: 'not-found', message: 'No route /assets/nope.js.' },
    });
  });

  it('sends the precompressed copy the browser accepts, cached for a year, and the plain file to others', async () => {
    const get = (path: string, encoding: string | null) =>
      new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>(
        (resolve, reject) => {
          const req = request(
            server.url + path,
            { headers: encoding === null ? {} : { 'accept-encoding': encoding } },
            (res) => {
              const chunks: Buffer[] = [];
              res.on('data', (d: Buffer) => chunks.push(d));
              res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
            },
          );
          req.on('error', reject);
          req.end();
        },
      );
    const br = await get('/assets/big-def456.js', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toContain('Accept-Encoding');
    expect(br.headers['content-type']).toContain('javascript');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(br.body).toString()).toContain('export const words');
    expect(br.body.length).toBeLessThan(200);
    const gz = await get('/assets/big-def456.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plain = await get('/assets/big-def456.js', null);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toContain('export const words');
  });

  it('answers /api/* on the same port', async () => {
    const res = await fetch(server.url + '/api/health');
    expect(await res.json()).toEqual({ ok: true, version: packageVersion });
    expect((await fetch(server.url + '/api/health', { method: 'POST' })).status).toBe(405);
    expect((await fetch(server.url + '/api/other')).status).toBe(404);
  });

  it('refuses a bad configuration with a message naming the variable', async () => {
    await expect(startNodeServer({ PORT: 'eighty' })).rejects.toThrow(/PORT/);
  });

  it('says so when the port is taken', async () => {
    await expect(
      startNodeServer({ PORT: String(server.port), HOST: '127.0.0.1' }, { logger: createLogger('silent') }),
    ).rejects.toThrow(`Cannot listen on 127.0.0.1:${server.port}: EADDRINUSE`);
  });
});

describe('the Node server as a process, trusting a CA through NODE_EXTRA_CA_CERTS', () => {
  let dns: DnsTestServer;
  let https: HttpsTestServer;
  let child: ChildProcess;
  let url: string;
  let dir: string;

  beforeAll(async () => {
    const ca = await makeTestCa();
    dir = mkdtempSync(join(tmpdir(), 'eli-ca-'));
    writeFileSync(join(dir, 'ca.pem'), ca.cert);
    https = await startHttpsTestServer({ cert: await issueCert(ca, ['click.brand.test']) });
    dns = await startDnsTestServer({ 'click.brand.test': [{ type: 'A', address: '127.0.0.1' }] });
    child = spawn(process.execPath, ['--import', 'tsx', 'src/server/adapters/node.ts'], {
      env: {
        PATH: process.env['PATH'] ?? '',
        PORT: '0',
        HOST: '127.0.0.1',
        DNS_SERVERS: dns.server,
        ALLOW_HOSTS: '127.0.0.1',
        ALLOWED_PORTS: '*',
        DNSBL_ZONES: 'dbl.test',
        STATIC_DIR: dir,
        NODE_EXTRA_CA_CERTS: join(dir, 'ca.pem'),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const stdout = child.stdout;
    if (!stdout) throw new Error('no stdout');
    url = await new Promise<string>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
      const lines = createInterface({ input: stdout });
      lines.on('line', (line) => {
        const entry = JSON.parse(line) as { msg?: string; url?: string };
        if (entry.msg === 'listening' && entry.url) resolve(entry.url);
      });
    });
  });
  afterAll(async () => {
    child.kill('SIGTERM');
    await https.close();
    await dns.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports the certificate as trusted', async () => {
    const res = await fetch(`${url}/api/tracking-domain?host=click.brand.test:${https.port}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      tls: { trusted: boolean; error: string | null };
      findings: unknown[];
    };
    expect(body.tls).toMatchObject({ trusted: true, error: null });
    expect(body.findings).toEqual([]);
  });
});
