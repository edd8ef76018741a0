/** End-to-end: the real entry point in a child process, real files, real stdin. */

import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Report } from '../core/types';
import { runCli, type CliRun } from './run-cli.test-helpers';

// Several tests start a few child processes each; a busy CI machine may need more than the default.
vi.setConfig({ testTimeout: 90_000 });
const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const EML = fixture('sendgrid-branded-qp.eml');
const CLEAN = fixture('clean-merge-tags.html');

function json(run: CliRun): Report {
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Report;
}

function expectUnusable(run: CliRun, mention: string | RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^email-link-inspector: /);
  expect(run.stderr).toMatch(mention);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'eli-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('planted defects', () => {
  const cases: Array<[string, string]> = [
    ['relative.html', 'relative-url'],
    ['missing-scheme.html', 'missing-scheme'],
    ['whitespace.html', 'whitespace-in-url'],
    ['smart-quotes.html', 'smart-quotes-in-url'],
    ['javascript.html', 'javascript-url'],
    ['qp-debris.html', 'qp-artifact'],
    ['double-encoded.html', 'double-encoded-entity'],
    ['href-spacing.html', 'href-spacing'],
    ['vml-mismatch.html', 'vml-link-mismatch'],
    ['opt-out.html', 'tracking-disabled'],
    ['shortener.html', 'link-shortener'],
    ['utm-inconsistent.html', 'inconsistent-utm'],
    ['duplicates.html', 'inconsistent-duplicate'],
    ['duplicates.html', 'duplicate-link'],
  ];
  it.concurrent.each(cases)('%s is reported as %s, at a line holding a link', async (name, rule) => {
    const run = await runCli(['check', fixture(name), '--format', 'json', '--fail-on', 'never']);
    expect(run.code).toBe(0);
    const report = json(run);
    const found = report.findings.filter((f) => f.rule === rule);
    expect(found.length, `${rule} in ${name}`).toBeGreaterThan(0);
    const source = (await readFile(fixture(name), 'utf8')).split('\n');
    for (const f of found) expect(source[f.line - 1]).toMatch(/href/i);
  });
});

describe('the clean template full of merge tags', () => {
  it('has no error or warning, and exits 0 even with --fail-on warning', async () => {
    const run = await runCli(['check', CLEAN, '--format', 'json', '--fail-on', 'warning']);
    const report = json(run);
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(run.code).toBe(0);
    expect(report.mode).toBe('template');
    expect(report.links.length).toBeGreaterThanOrEqual(19);
  });
});

describe('a quoted-printable message sent through a branded SendGrid domain', () => {
  it('is read as sent, with its sender, tracking domain and the untracked help link', async () => {
    const run = await runCli(['check', EML, '--format', 'json']);
    const report = json(run);
    expect(report.input.kind).toBe('eml');
    expect(report.mode).toBe('sent');
    expect(report.sender?.domain).toBe('mail.shop.example.com');
    expect(report.sender?.dkim).toEqual([
      { domain: 'shop.example.com', selector: 's1' },
      { domain: 'sendgrid.info', selector: 'smtpapi' },
    ]);
    // Decoded: no quoted-printable left in the tracked links.
    const tracked = report.links.filter((l) => l.href?.includes('/ls/click?upn=u001.'));
    expect(tracked).toHaveLength(3);
    for (const l of tracked) expect(l.href).not.toMatch(/=3D|=\r?\n/);
    const untracked = report.findings.filter((f) => f.rule === 'untracked-link');
    expect(untracked.map((f) => report.links.find((l) => l.id === f.link)?.href)).toEqual([
      'https://shop.example.com/help',
    ]);
    expect(run.code).toBe(1);
  });

  it('detects the platform and the tracking domain', async () => {
    const report = json(await runCli(['check', EML, '--format', 'json']));
    expect(report.trackingDomains).toEqual(['click.shop.example.com']);
    expect(report.esp).toBe('sendgrid');
    expect(report.findings.filter((f) => f.rule === 'open-pixel-missing')).toEqual([]);
    expect(report.findings.filter((f) => f.rule === 'qp-artifact')).toEqual([]);
  });

  it('--allow-untracked leaves the domain alone', async () => {
    const run = await runCli(['check', EML, '--format', 'json', '--allow-untracked', 'shop.example.com']);
    expect(json(run).findings.filter((f) => f.rule === 'untracked-link')).toEqual([]);
  });

  it('--mode template turns the sent-mode rules off', async () => {
    const report = json(await runCli(['check', EML, '--format', 'json', '--mode', 'template']));
    expect(report.mode).toBe('template');
    expect(report.findings.filter((f) => f.rule === 'untracked-link')).toEqual([]);
    expect(report.links.every((l) => l.tracked === null)).toBe(true);
  });

  it('is sniffed as a message from standard input', async () => {
    const run = await runCli(['check', '-', '--format', 'json'], await readFile(EML));
    const report = json(run);
    expect(report.input.kind).toBe('eml');
    expect(report.input.name).toBe('stdin');
    expect(report.mode).toBe('sent');
  });
});

describe('options', () => {
  it('--tracking-domain makes a template a sent email and flags links around it', async () => {
    const run = await runCli([
      'check',
      fixture('shortener.html'),
      '--format',
      'json',
      '--tracking-domain',
      'click.shop.example.com',
    ]);
    const report = json(run);
    expect(report.mode).toBe('sent');
    expect(report.trackingDomains).toContain('click.shop.example.com');
    expect(report.findings.some((f) => f.rule === 'untracked-link')).toBe(true);
    expect(run.code).toBe(1);
  });

  it('--rule ID=off removes a rule and ID=LEVEL changes its severity', async () => {
    const file = fixture('utm-inconsistent.html');
    const base = json(await runCli(['check', file, '--format', 'json', '--fail-on', 'never']));
    expect(base.findings.some((f) => f.rule === 'inconsistent-utm' && f.severity === 'warning')).toBe(true);
    const off = json(await runCli(['check', file, '--format', 'json', '--rule', 'inconsistent-utm=off']));
    expect(off.findings.some((f) => f.rule === 'inconsistent-utm')).toBe(false);
    const raised = await runCli(['check', file, '--format', 'json', '--rule', 'inconsistent-utm=error']);
    const report = json(raised);
    expect(
      report.findings.filter((f) => f.rule === 'inconsistent-utm').every((f) => f.severity === 'error'),
    ).toBe(true);
    expect(raised.code).toBe(1);
  });

  it('--fail-on decides between 0 and 1', async () => {
    const file = fixture('vml-mismatch.html'); // warnings, no errors
    const report = json(await runCli(['check', file, '--format', 'json', '--fail-on', 'never']));
    expect(report.summary.errors).toBe(0);
    expect(report.summary.warnings).toBeGreaterThan(0);
    expect((await runCli(['check', file])).code).toBe(0);
    expect((await runCli(['check', file, '--fail-on', 'warning'])).code).toBe(1);
    expect((await runCli(['check', fixture('relative.html'), '--fail-on', 'never'])).code).toBe(0);
    expect((await runCli(['check', fixture('relative.html')])).code).toBe(1);
  });
});

describe('formats', () => {
  const file = fixture('relative.html');

  it('text: file:line:col, severity, rule, message, a code frame and a summary', async () => {
    const run = await runCli(['check', file]);
    expect(run.code).toBe(1);
    const line = run.stdout.split('\n').find((l) => l.includes('relative-url')) ?? '';
    expect(line).toMatch(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:13:\\d+  error    relative-url  `),
    );
    expect(run.stdout).toContain('> 13 | <p><a href="/pricing">See all prices</a></p>');
    expect(run.stdout).toMatch(/\^{8}/);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(
      /^\d+ problems? \(\d+ errors?, .* in 1 link \(mode template/,
    );
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('text: --color adds ANSI colours', async () => {
    expect((await runCli(['check', file, '--color'])).stdout).toContain('\u001b[31m');
  });

  it('json: the report of docs/contracts/report.md', async () => {
    const report = json(await runCli(['check', file, '--format', 'json']));
    expect(report.version).toBe(1);
    expect(report.input).toMatchObject({ name: file, kind: 'html' });
    expect(report.links[0]).toMatchObject({
      id: 'L1',
      href: '/pricing',
      url: null,
      kind: 'relative',
      line: 13,
    });
  });

  it('sarif: SARIF 2.1.0 whose results all name a described rule', async () => {
    const run = await runCli(['check', file, '--format', 'sarif']);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as {
      version: string;
      $schema: string;
      runs: Array<{
        tool: { driver: { name: string; version: string; rules: Array<{ id: string; helpUri: string }> } };
        results: Array<{
          ruleId: string;
          locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
        }>;
      }>;
    };
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    const run0 = log.runs[0];
    expect(run0?.tool.driver.name).toBe('email-link-inspector');
    const ids = run0?.tool.driver.rules.map((r) => r.id) ?? [];
    expect(run0?.results.length).toBeGreaterThan(0);
    for (const r of run0?.results ?? []) {
      expect(ids).toContain(r.ruleId);
      expect(r.locations[0]?.physicalLocation.artifactLocation.uri).toBe(encodeURI(file.replace(/\\/g, '/')));
    }
  });

  it('csv: a header and one row per finding', async () => {
    const run = await runCli(['check', file, '--format', 'csv']);
    const rows = run.stdout.split('\r\n').filter((r) => r !== '');
    expect(rows[0]).toBe('link,line,column,element,href,url,kind,tracked,outlook_only,rule,severity,message');
    expect(rows.some((r) => r.startsWith('L1,13,') && r.includes(',relative-url,error,'))).toBe(true);
  });

  it('md: a summary with the counts and a table of failing links', async () => {
    const run = await runCli(['check', file, '--format', 'md']);
    expect(run.stdout).toMatch(/^## Email link check: /);
    expect(run.stdout).toContain('| Errors |');
    expect(run.stdout).toMatch(/\| 13 \| `\/pricing` \| \*\*error\*\* \[relative-url\]/);
  });
});

describe('unusable input or options: exit 2, one line on stderr, nothing on stdout', () => {
  it('missing file', async () => {
    expectUnusable(await runCli(['check', join(dir, 'nope.html')]), /no such file/);
  });

  it('a directory', async () => {
    expectUnusable(await runCli(['check', dir]), /is a directory/);
  });

  it('a binary file', async () => {
    const file = join(dir, 'image.html');
    await writeFile(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49]));
    expectUnusable(await runCli(['check', file]), /binary/);
  });

  it('a file over 20 MB', async () => {
    const file = join(dir, 'huge.html');
    const chunk = '<p><a href="https://shop.example.com/x">x</a></p>\n'.repeat(1000);
    await writeFile(file, chunk.repeat(Math.ceil((21 * 1024 * 1024) / chunk.length)));
    expectUnusable(await runCli(['check', file]), /limit is 20 MB/);
  });

  it('over 20 MB on standard input', async () => {
    expectUnusable(await runCli(['check', '-'], Buffer.alloc(21 * 1024 * 1024, 0x61)), /limit is 20 MB/);
  });

  it('empty standard input', async () => {
    expectUnusable(await runCli(['check', '-'], ''), /empty/);
  });

  it('unknown option', async () => {
    expectUnusable(await runCli(['check', CLEAN, '--frobnicate']), /Unknown option --frobnicate/);
  });

  it('unknown rule, listing the valid ones', async () => {
    expectUnusable(
      await runCli(['check', CLEAN, '--rule', 'no-such-rule=off']),
      /Valid rule IDs: .*relative-url/,
    );
  });

  it('unknown level', async () => {
    expectUnusable(await runCli(['check', CLEAN, '--rule', 'relative-url=fatal']), /Unknown level "fatal"/);
  });

  it('bad format, mode, fail-on, hosts', async () => {
    expectUnusable(await runCli(['check', CLEAN, '--format', 'xml']), /--format/);
    expectUnusable(await runCli(['check', CLEAN, '--mode', 'draft']), /--mode/);
    expectUnusable(await runCli(['check', CLEAN, '--fail-on', 'info']), /--fail-on/);
    expectUnusable(await runCli(['check', CLEAN, '--dns-server', 'resolver.example:53']), /--dns-server/);
    expectUnusable(await runCli(['check', CLEAN, '--allow-host', 'not a host']), /--allow-host/);
    expectUnusable(
      await runCli(['check', CLEAN, '--tracking-domain', 'https://x.example/']),
      /--tracking-domain/,
    );
  });

  it('no command, no file', async () => {
    expectUnusable(await runCli([]), /No command/);
    expectUnusable(await runCli(['check']), /No input/);
  });
});

describe('help and version', () => {
  it('--help prints the usage with every option', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    for (const option of [
      '--format',
      '--tracking-domain',
      '--mode',
      '--allow-untracked',
      '--online',
      '--dns-server',
      '--allow-host',
      '--rule',
      '--fail-on',
    ]) {
      expect(run.stdout).toContain(option);
    }
  });

  it('--version prints the version and the versions of the privacy data', async () => {
    const run = await runCli(['--version']);
    expect(run.code).toBe(0);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      version: string;
      dependencies: Record<string, string>;
    };
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(pkg.version);
    expect(lines[1]).toBe(
      `@ghostery/trackerdb ${pkg.dependencies['@ghostery/trackerdb']} (Ghostery tracker database)`,
    );
    expect(lines[2]).toBe(`@ghostery/adblocker ${pkg.dependencies['@ghostery/adblocker']} (its engine)`);
    expect(lines[3]).toMatch(/^@protontech\/tidy-url \d+\.\d+\.\d+ \(Proton Mail's link cleaner\)$/);
    expect(lines[4]).toMatch(/^Apple Link Tracking Protection list observed \d{4}-\d{2}$/);
  });
});

describe('fix, through the same entry point', () => {
  it('prints a unified diff of the safe fixes', async () => {
    const run = await runCli(['fix', fixture('missing-scheme.html')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('+<p><a href="https://www.shop.example.com/sale">Shop the sale</a></p>');
  });

  it('refuses unknown options with exit 2', async () => {
    const run = await runCli(['fix', fixture('missing-scheme.html'), '--bogus']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
