import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ManyReportsJson } from '../core/report/format-many';
import type { SarifLog } from '../core/report/format-sarif';
import type { Report } from '../core/types';
import { runCli } from './run-cli.test-helpers';

// Child processes with a worker pool each: give a busy machine time.
vi.setConfig({ testTimeout: 180_000 });

const RELATIVE = '<html><body><p><a href="/pricing">Prices</a></p></body></html>\n';
const CLEAN = '<html><body><p><a href="https://shop.example.com/">Shop</a></p></body></html>\n';
const SPACED = '<html><body>\n<a href=" https://shop.example.com/coats">Coats</a>\n</body></html>\n';
const EML = [
  'From: Shop <news@shop.example.com>',
  'To: ann@example.org',
  'Subject: Sale',
  'MIME-Version: 1.0',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<p><a href="https://shop.example.com/sale">Sale</a></p>',
  '',
].join('\r\n');

let root = '';

async function put(path: string, text: string): Promise<string> {
  const full = join(root, path);
  await mkdir(dirname(full), { recursive: true });
  await writeFile(full, text);
  return full;
}

/** The CLI run in `root`, so relative paths and globs are the user's. */
function cli(args: string[]) {
  return runCli(args, undefined, {}, root);
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'eli-many-'));
  await put('templates/a-relative.html', RELATIVE);
  await put('templates/nested/b-clean.htm', CLEAN);
  await put('templates/nested/deeper/c-sent.eml', EML);
  await put('templates/notes.txt', 'not an email');
  await put('templates/node_modules/pkg/ignored.html', RELATIVE);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('check of many files', () => {
  it('a folder: every .html/.htm/.eml at any depth, one JSON entry per file in a stable order, exit 1 when any file fails', async () => {
    const out = await cli(['check', 'templates', '--format', 'json']);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(1);
    const json = JSON.parse(out.stdout) as ManyReportsJson;
    expect(json.files.map((f) => f.file)).toEqual([
      'templates/a-relative.html',
      'templates/nested/b-clean.htm',
      'templates/nested/deeper/c-sent.eml',
    ]);
    expect(json.files.map((f) => f.exitCode)).toEqual([1, 0, 0]);
    expect(json.files[0]?.report.findings.map((f) => f.rule)).toContain('relative-url');
    expect(json.files[1]?.report.summary.errors).toBe(0);
    expect(json.files[2]?.report.input.kind).toBe('eml');
    expect(json.files[2]?.report.mode).toBe('sent');
    expect(json.summary).toMatchObject({ files: 3, links: 3 });
    expect(json.summary.errors).toBe(json.files.reduce((n, f) => n + f.report.summary.errors, 0));
  });

  it('the exit status covers all files: 0 when no file fails, and with --fail-on never', async () => {
    expect((await cli(['check', 'templates/nested', '--format', 'json'])).code).toBe(0);
    expect((await cli(['check', 'templates', '--fail-on', 'never'])).code).toBe(0);
  });

  it('globs and files mixed, a file named twice read once; --jobs 1 gives the same result', async () => {
    const args = ['check', 'templates/**/*.htm', 'templates/a-relative.html', 'templates/nested/b-clean.htm'];
    const pooled = await cli([...args, '--format', 'json']);
    const one = await cli([...args, '--format', 'json', '--jobs', '1']);
    expect(pooled.code).toBe(1);
    const json = JSON.parse(pooled.stdout) as ManyReportsJson;
    expect(json.files.map((f) => f.file)).toEqual([
      'templates/nested/b-clean.htm',
      'templates/a-relative.html',
    ]);
    expect(one.stdout).toBe(pooled.stdout);
  });

  it('text groups by file and ends with one line for all of them', async () => {
    const out = await cli(['check', 'templates']);
    const headings = out.stdout.split('\n').filter((l) => l.startsWith('== '));
    expect(headings).toEqual([
      '== templates/a-relative.html ==',
      '== templates/nested/b-clean.htm ==',
      '== templates/nested/deeper/c-sent.eml ==',
    ]);
    expect(out.stdout).toContain('templates/a-relative.html:1:25  error    relative-url');
    expect(out.stdout).toContain('> 1 | <html><body><p><a href="/pricing">');
    expect(out.stdout.trimEnd().split('\n').at(-1)).toBe(
      '2 problems (1 error, 0 warnings, 1 info) in 2 of 3 files (3 links).',
    );
  });

  it('SARIF: one run, one artifact per file, each result located in its own file', async () => {
    await put('sarif/one.html', RELATIVE);
    await put('sarif/two.html', `<p>x</p>\n${RELATIVE}`);
    const out = await cli(['check', 'sarif', '--format', 'sarif']);
    const log = JSON.parse(out.stdout) as SarifLog;
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run?.artifacts.map((a) => a.location.uri)).toEqual(['sarif/one.html', 'sarif/two.html']);
    const places = run?.results.map((r) => {
      const loc = r.locations[0]?.physicalLocation;
      return [r.ruleId, loc?.artifactLocation.uri, loc?.artifactLocation.index, loc?.region.startLine];
    });
    expect(places).toEqual([
      ['relative-url', 'sarif/one.html', 0, 1],
      ['relative-url', 'sarif/two.html', 1, 2],
    ]);
    expect(run?.tool.driver.rules.map((r) => r.id)).toEqual(['relative-url']);
  });

  it('CSV and Markdown carry a file column', async () => {
    const csv = await cli(['check', 'templates', '--format', 'csv']);
    const rows = csv.stdout.trimEnd().split('\r\n');
    expect(rows[0]).toBe(
      'file,link,line,column,element,href,url,kind,tracked,outlook_only,rule,severity,message',
    );
    expect([...new Set(rows.slice(1).map((r) => r.split(',')[0]))]).toEqual([
      'templates/a-relative.html',
      'templates/nested/b-clean.htm',
      'templates/nested/deeper/c-sent.eml',
    ]);
    const md = await cli(['check', 'templates', '--format', 'md']);
    expect(md.stdout).toContain('| File | Links | Errors | Warnings | Infos |');
    expect(md.stdout).toContain('| `templates/a-relative.html` | 1 | 1 | 0 | 0 |');
    expect(md.stdout).toContain('### Email link check: `templates/nested/b-clean.htm`');
  });

  it('one file keeps the single report of the contract', async () => {
    const out = await cli(['check', 'templates/a-relative.html', '--format', 'json']);
    const report = JSON.parse(out.stdout) as Report & { files?: unknown };
    expect(report.files).toBeUndefined();
    expect(report.version).toBe(1);
    expect(report.input.name).toBe('templates/a-relative.html');
  });

  it('an unusable input among many is exit 2: one line on standard error, nothing on standard output', async () => {
    await put('broken/ok.html', CLEAN);
    await writeFile(join(root, 'broken/empty.html'), '');
    const out = await cli(['check', 'broken', 'missing.html']);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(out.stderr).toMatch(/^email-link-inspector: broken\/empty\.html: .*\(and 1 more unusable input\)/);
    const none = await cli(['check', 'nothing/**/*.html']);
    expect(none).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'email-link-inspector: nothing/**/*.html: no files match.\n',
    });
  });

  it('fix of many files: each file fixed on its own, --write writes every one', async () => {
    await put('fix/one.html', SPACED);
    await put('fix/two.html', SPACED.replace('coats', 'hats'));
    const diff = await cli(['fix', 'fix']);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toContain('--- fix/one.html');
    expect(diff.stdout).toContain('--- fix/two.html');
    expect(diff.stderr).toContain('fix/two.html: Fixed: whitespace-in-url ×1.');
    const written = await cli(['fix', 'fix/*.html', '--write']);
    expect(written.code).toBe(0);
    expect(await readFile(join(root, 'fix/one.html'), 'utf8')).toContain(
      'href="https://shop.example.com/coats"',
    );
    expect(await readFile(join(root, 'fix/two.html'), 'utf8')).toContain(
      'href="https://shop.example.com/hats"',
    );
  });
});

describe('the settings file', () => {
  it('is found from the checked file’s folder upwards; the nearest one applies', async () => {
    await put(
      'proj/email-link-inspector.config.json',
      JSON.stringify({ rules: { 'relative-url': 'warning' } }),
    );
    await put('proj/team/.email-link-inspectorrc', JSON.stringify({ rules: { 'relative-url': 'off' } }));
    await put('proj/top.html', RELATIVE);
    await put('proj/team/deep/down/inner.html', RELATIVE);
    const top = JSON.parse((await cli(['check', 'proj/top.html', '--format', 'json'])).stdout) as Report;
    expect(top.findings.map((f) => [f.rule, f.severity])).toEqual([['relative-url', 'warning']]);
    const inner = await cli(['check', 'proj/team/deep/down/inner.html', '--format', 'json']);
    expect(inner.code).toBe(0);
    expect((JSON.parse(inner.stdout) as Report).findings).toEqual([]);
    // Many files: each file gets its own folder's settings.
    const both = JSON.parse((await cli(['check', 'proj', '--format', 'json'])).stdout) as ManyReportsJson;
    expect(both.files.map((f) => [f.file, f.report.findings.length])).toEqual([
      ['proj/team/deep/down/inner.html', 0],
      ['proj/top.html', 1],
    ]);
  });

  it('holds trackingDomains, allowUntracked, mode and failOn; the command line wins', async () => {
    await put(
      'cfg/email-link-inspector.config.json',
      JSON.stringify({
        trackingDomains: ['Click.Shop.Example.com'],
        allowUntracked: ['help.example.org'],
        failOn: 'warning',
      }),
    );
    await put(
      'cfg/sent.html',
      '<p><a href="https://shop.example.com/a">A</a> <a href="https://help.example.org/faq">FAQ</a></p>\n',
    );
    const out = await cli(['check', 'cfg/sent.html', '--format', 'json']);
    const report = JSON.parse(out.stdout) as Report;
    expect(report.mode).toBe('sent');
    expect(report.trackingDomains).toContain('click.shop.example.com');
    expect(report.findings.filter((f) => f.rule === 'untracked-link').map((f) => f.link)).toEqual(['L1']);
    expect(out.code).toBe(1);
    const overridden = await cli([
      'check',
      'cfg/sent.html',
      '--mode',
      'template',
      '--fail-on',
      'never',
      '--format',
      'json',
    ]);
    expect(overridden.code).toBe(0);
    expect((JSON.parse(overridden.stdout) as Report).mode).toBe('template');
    const none = JSON.parse(
      (await cli(['check', 'cfg/sent.html', '--no-config', '--format', 'json'])).stdout,
    ) as Report;
    expect(none.mode).toBe('template');
  });

  it('package.json "email-link-inspector" and --config FILE are read too', async () => {
    await put(
      'pkg/package.json',
      JSON.stringify({ name: 'x', 'email-link-inspector': { rules: { 'relative-url': 'info' } } }),
    );
    await put('pkg/a.html', RELATIVE);
    const pkg = JSON.parse((await cli(['check', 'pkg/a.html', '--format', 'json'])).stdout) as Report;
    expect(pkg.findings.map((f) => f.severity)).toEqual(['info']);
    await put('elsewhere/strict.json', JSON.stringify({ rules: { 'relative-url': 'off' } }));
    const explicit = await cli([
      'check',
      'pkg/a.html',
      '--config',
      'elsewhere/strict.json',
      '--format',
      'json',
    ]);
    expect((JSON.parse(explicit.stdout) as Report).findings).toEqual([]);
  });

  it('a bad settings file is exit 2 naming the file and the key', async () => {
    const cases: Array<[string, string, RegExp]> = [
      [
        'bad1',
        '{"trackingDomain": ["click.example.com"]}',
        /bad1\/email-link-inspector\.config\.json: trackingDomain unknown key \(did you mean "trackingDomains"\?\)/,
      ],
      [
        'bad2',
        '{"rules": {"relative-url": "loud"}}',
        /bad2\/email-link-inspector\.config\.json: rules\.relative-url must be "off", "info", "warning" or "error"/,
      ],
      [
        'bad3',
        '{"rules": {"no-such-rule": "off"}}',
        /bad3\/email-link-inspector\.config\.json: rules\.no-such-rule unknown rule "no-such-rule"/,
      ],
      [
        'bad4',
        '{"trackingDomains": ["https://click.example.com/"]}',
        /trackingDomains\[0\] "https:\/\/click\.example\.com\/" is not a host name/,
      ],
      ['bad5', '{"failOn": "info",}', /bad5\/email-link-inspector\.config\.json: not valid JSON/],
      [
        'bad6',
        '["click.example.com"]',
        /bad6\/email-link-inspector\.config\.json: \(top level\) must be a JSON object/,
      ],
    ];
    for (const [dir, text, expected] of cases) {
      await put(`${dir}/email-link-inspector.config.json`, text);
      await put(`${dir}/sub/a.html`, CLEAN);
      const out = await cli(['check', `${dir}/sub/a.html`]);
      expect(out.code, dir).toBe(2);
      expect(out.stdout).toBe('');
      expect(out.stderr, dir).toMatch(expected);
      expect(out.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
    const missing = await cli(['check', 'templates/a-relative.html', '--config', 'nope.json']);
    expect(missing).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'email-link-inspector: nope.json: no such settings file.\n',
    });
  });
});
