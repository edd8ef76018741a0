import { createServer, type Server } from 'node:http';
import type * as ExtractLinksModule from '../core/extract/extract-links';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Report } from '../core/types';
import { startDnsTestServer, type DnsTestServer } from '../server/testing/dns-test-server';
import { runCheck, type CheckOutcome } from './check-command';

/** All of an outcome's standard output as one string. */
function stdoutText(outcome: CheckOutcome): string {
  return outcome.stdoutChunks ? outcome.stdout + [...outcome.stdoutChunks].join('') : outcome.stdout;
}
import type { CheckOptions } from './parse-args';

// Counts the parses: the real extraction runs, each call is recorded.
const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('../core/extract/extract-links', async (importOriginal) => {
  const real = await importOriginal<typeof ExtractLinksModule>();
  return {
    ...real,
    extractLinks: (...args: Parameters<typeof real.extractLinks>) => {
      parses.count++;
      return real.extractLinks(...args);
    },
  };
});

vi.setConfig({ testTimeout: 60_000 });

/**
 * `check --online` in-process, against a real DNS server and a real HTTP
 * server on loopback: the email is parsed once; the online facts are judged
 * and merged into that report without reading the HTML again.
 */
describe('check --online', () => {
  let dns: DnsTestServer;
  let http: Server;
  let port = 0;

  beforeAll(async () => {
    http = createServer((req, res) => {
      if (req.url === '/gone') res.writeHead(404, { 'content-type': 'text/plain' }).end('gone');
      else res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    port = (http.address() as AddressInfo).port;
    dns = await startDnsTestServer({ 'shop.test': [{ type: 'A', address: '127.0.0.1' }] });
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => http.close(() => resolve()));
    await dns.close();
  });

  const options = (online: boolean): CheckOptions => ({
    file: 'promo.html',
    files: ['promo.html'],
    failOnGiven: false,
    config: null,
    noConfig: true,
    jobs: null,
    format: 'json',
    trackingDomains: [],
    mode: null,
    allowUntracked: [],
    online,
    dnsServers: [dns.server],
    allowHosts: ['127.0.0.1'],
    propagationServers: [],
    rules: {},
    failOn: 'error',
    color: false,
  });

  it('parses the email once, and the online findings join the offline ones', async () => {
    const html = `<a href="http://shop.test:${port}/gone">Gone</a> <a href="shop.test/sale">Sale</a>`;
    parses.count = 0;
    const outcome = await runCheck(
      options(true),
      { name: 'promo.html', data: new TextEncoder().encode(html) },
      // The test server listens on a random port: let the checks connect to any.
      { ALLOWED_PORTS: '*' },
    );
    expect(outcome.stderr).toBe('');
    expect(parses.count).toBe(1);
    const report = JSON.parse(stdoutText(outcome)) as Report;
    expect(report.links[0]?.check?.finalStatus).toBe(404);
    expect(report.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['broken-link', 'relative-url']),
    );
    expect(report.summary.errors).toBe(report.findings.filter((f) => f.severity === 'error').length);
  });

  it('parses once without --online too', async () => {
    parses.count = 0;
    const outcome = await runCheck(
      options(false),
      { name: 'a.html', data: new TextEncoder().encode('<a>x</a>') },
      {},
    );
    expect(outcome.exitCode).toBe(0);
    expect(parses.count).toBe(1);
  });
});
