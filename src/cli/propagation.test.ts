import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../core/types';
import { startDnsTestServer, type DnsTestServer } from '../server/testing/dns-test-server';
import { runCli } from './run-cli.test-helpers';

/**
 * `check --online --propagation-server`: two real DNS servers on loopback that
 * disagree about the tracking domain's CNAME, as public resolvers do while a
 * change propagates. No public resolver is asked.
 */
describe('check --online with --propagation-server', () => {
  let updated: DnsTestServer;
  let stale: DnsTestServer;
  let dir: string;
  let file: string;

  beforeAll(async () => {
    updated = await startDnsTestServer({
      'click.shop.test': [{ type: 'CNAME', domain: 'u1.wl.esp.test', ttl: 300 }],
      'u1.wl.esp.test': [{ type: 'A', address: '127.0.0.1', ttl: 300 }],
    });
    stale = await startDnsTestServer(
      { 'u1.wl.esp.test': [{ type: 'A', address: '127.0.0.1' }] },
      { negativeTtl: 1200 },
    );
    dir = await mkdtemp(join(tmpdir(), 'eli-propagation-'));
    file = join(dir, 'sale.html');
    await writeFile(file, '<p><a href="mailto:help@shop.test">Write to us</a></p>');
  });

  afterAll(async () => {
    await Promise.all([updated.close(), stale.close()]);
    await rm(dir, { recursive: true, force: true });
  });

  it('reports the CNAME found on 1 of 2 resolvers, with the TTLs, in the JSON report', async () => {
    const run = await runCli([
      'check',
      file,
      '--online',
      '--format',
      'json',
      '--tracking-domain',
      'click.shop.test',
      '--dns-server',
      updated.server,
      '--propagation-server',
      updated.server,
      '--propagation-server',
      stale.server,
      '--allow-host',
      '127.0.0.1',
      '--fail-on',
      'never',
    ]);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as Report;
    const propagation = report.trackingDomainChecks?.[0]?.propagation;
    expect(propagation?.servers).toEqual([updated.server, stale.server]);
    const finding = report.findings.find((f) => f.rule === 'dns-propagation');
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toContain('CNAME of click.shop.test found on 1 of 2 resolvers');
    expect(finding?.message).toContain(`no record on ${stale.server} (TTL 1200 s)`);
    expect(finding?.message).toContain('within 20 min');
    // Both loopback servers were asked; nothing else was.
    expect(stale.queries.some((q) => q.name === 'click.shop.test' && q.type === 'CNAME')).toBe(true);
  });

  it('refuses a propagation server that is not an IP, with exit 2 and one line', async () => {
    const run = await runCli(['check', file, '--online', '--propagation-server', 'dns.example']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^email-link-inspector: --propagation-server "dns.example" is not an IP address/,
    );
  });
});
