import { describe, expect, it } from 'vitest';
import { exitCodeFor } from './fail-on';
import { parseCompareArgs } from './compare-command';
import { parseCliArgs, type CheckOptions } from './parse-args';
import { parseFixArgs } from './parse-fix-args';
import { parseRecheckArgs } from './recheck-command';

const RULES = ['untracked-link', 'relative-url'];

function check(argv: string[]): CheckOptions {
  const r = parseCliArgs(argv, RULES);
  if (!r.ok) throw new Error(r.message);
  if (r.command.kind !== 'check') throw new Error(`not check: ${r.command.kind}`);
  return r.command.options;
}

function problem(argv: string[]): string {
  const r = parseCliArgs(argv, RULES);
  if (r.ok) throw new Error('expected a problem');
  return r.message;
}

describe('parseCliArgs', () => {
  it('has the defaults of docs/contracts/report.md', () => {
    expect(check(['check', 'a.html'])).toEqual({
      file: 'a.html',
      files: ['a.html'],
      format: 'text',
      trackingDomains: [],
      mode: null,
      allowUntracked: [],
      online: false,
      dnsServers: [],
      propagationServers: [],
      allowHosts: [],
      rules: {},
      failOn: 'error',
      failOnGiven: false,
      color: false,
      config: null,
      noConfig: false,
      jobs: null,
    });
  });

  it('reads every option, repeatable ones more than once, in both --x v and --x=v forms', () => {
    const o = check([
      'check',
      '-',
      '--format=sarif',
      '--tracking-domain',
      'Click.Shop.Example.com.',
      '--tracking-domain=links.example.org',
      '--mode',
      'template',
      '--allow-untracked',
      'partner.example',
      '--online',
      '--dns-server',
      '127.0.0.1:5353',
      '--dns-server',
      '[::1]:53',
      '--propagation-server',
      '127.0.0.1:5300',
      '--propagation-server=[::1]:5301',
      '--allow-host',
      '127.0.0.0/8',
      '--allow-host',
      'localhost',
      '--rule',
      'untracked-link=warning',
      '--rule',
      'relative-url=off',
      '--fail-on',
      'never',
      '--color',
    ]);
    expect(o).toEqual({
      file: '-',
      files: ['-'],
      format: 'sarif',
      trackingDomains: ['click.shop.example.com', 'links.example.org'],
      mode: 'template',
      allowUntracked: ['partner.example'],
      online: true,
      dnsServers: ['127.0.0.1:5353', '[::1]:53'],
      propagationServers: ['127.0.0.1:5300', '[::1]:5301'],
      allowHosts: ['127.0.0.0/8', 'localhost'],
      rules: { 'untracked-link': 'warning', 'relative-url': 'off' },
      failOn: 'never',
      failOnGiven: true,
      color: true,
      config: null,
      noConfig: false,
      jobs: null,
    });
  });

  it('knows --help and --version', () => {
    expect(parseCliArgs(['--help'], RULES)).toEqual({ ok: true, command: { kind: 'help' } });
    expect(parseCliArgs(['check', 'x', '-h'], RULES)).toEqual({ ok: true, command: { kind: 'help' } });
    expect(parseCliArgs(['--version'], RULES)).toEqual({ ok: true, command: { kind: 'version' } });
  });

  it('refuses unknown rules listing the valid ones, and unknown levels', () => {
    expect(problem(['check', 'a', '--rule', 'nope=off'])).toBe(
      'Unknown rule "nope" in --rule nope=off. Valid rule IDs: relative-url, untracked-link.',
    );
    expect(problem(['check', 'a', '--rule', 'relative-url=loud'])).toContain(
      'Unknown level "loud" in --rule relative-url=loud',
    );
    expect(problem(['check', 'a', '--rule', 'relative-url'])).toContain('Unknown level ""');
  });

  it('refuses bad values with one line naming the option', () => {
    const cases: Array<[string[], string]> = [
      [['check', 'a', '--format', 'xml'], '--format'],
      [['check', 'a', '--mode', 'draft'], '--mode'],
      [['check', 'a', '--fail-on', 'info'], '--fail-on'],
      [['check', 'a', '--tracking-domain', 'https://click.example.com/'], '--tracking-domain'],
      [['check', 'a', '--allow-untracked', 'a b'], '--allow-untracked'],
      [['check', 'a', '--dns-server', 'dns.example.com:53'], '--dns-server'],
      [['check', 'a', '--dns-server', '127.0.0.1:99999'], '--dns-server'],
      [['check', 'a', '--propagation-server', 'one.one.one.one'], '--propagation-server'],
      [['check', 'a', '--allow-host', '10.0.0.0/99'], '--allow-host'],
      [['check', 'a', '--format'], '--format'],
      [['check', 'a', '--online=yes'], '--online'],
      [['check', 'a', '--bogus'], '--bogus'],
    ];
    for (const [argv, option] of cases) {
      const message = problem(argv);
      expect(message, argv.join(' ')).toContain(option);
      expect(message).not.toContain('\n');
    }
  });

  it('wants the check command and at least one input, - alone', () => {
    expect(problem([])).toContain('No command');
    expect(problem(['lint', 'a'])).toContain('Unknown command "lint"');
    expect(problem(['check'])).toContain('No input');
    expect(problem(['check', 'a', '-'])).toContain('read alone');
    expect(problem(['check', 'a', '--jobs', '0'])).toContain('--jobs');
    expect(problem(['check', 'a', '--config', 'x.json', '--no-config'])).toContain('contradict');
    expect(check(['check', 'a.html', 'templates/**/*.html', '--jobs', '3'])).toMatchObject({
      file: 'a.html',
      files: ['a.html', 'templates/**/*.html'],
      jobs: 3,
    });
  });
});

describe('exitCodeFor', () => {
  const summary = (errors: number, warnings: number, infos: number) => ({
    links: 1,
    errors,
    warnings,
    infos,
  });
  it('follows --fail-on', () => {
    expect(exitCodeFor(summary(1, 0, 0), 'error')).toBe(1);
    expect(exitCodeFor(summary(0, 1, 5), 'error')).toBe(0);
    expect(exitCodeFor(summary(0, 1, 0), 'warning')).toBe(1);
    expect(exitCodeFor(summary(0, 0, 9), 'warning')).toBe(0);
    expect(exitCodeFor(summary(3, 3, 3), 'never')).toBe(0);
  });
});

describe('option errors, the same in every command', () => {
  type Parse = (argv: readonly string[]) => { ok: boolean; message?: string };
  const parsers: Array<[string, Parse, string]> = [
    ['check', (argv) => parseCliArgs(['check', 'a.html', ...argv], ['missing-scheme']), '--format'],
    ['fix', (argv) => parseFixArgs(['a.html', ...argv]), '--only'],
    ['compare', (argv) => parseCompareArgs(['a.html', 'b.eml', ...argv]), '--format'],
    ['recheck', (argv) => parseRecheckArgs(['report.json', ...argv]), '--format'],
  ];

  it.each(parsers)('%s names an unknown option and a missing value in our words', (_name, parse, option) => {
    expect(parse(['--frobnicate'])).toMatchObject({
      ok: false,
      message: 'Unknown option --frobnicate (see --help).',
    });
    expect(parse([option])).toMatchObject({
      ok: false,
      message: `Option ${option} needs a value (see --help).`,
    });
  });
});
