import { isIP } from 'node:net';
import { parseArgs } from 'node:util';
import ipaddr from 'ipaddr.js';
import { isReportFormat, REPORT_FORMATS, type ReportFormat } from '../core/report/format-report';
import type { Mode, SeveritySetting } from '../core/types';

export type FailOn = 'error' | 'warning' | 'never';

/** What `check` was asked to do, validated. */
export interface CheckOptions {
  /** A path, or `-` for standard input: the first of `files`. */
  file: string;
  /** Every input as given: paths, folders, globs, or `-`. */
  files: string[];
  format: ReportFormat;
  trackingDomains: string[];
  mode: Mode | null;
  allowUntracked: string[];
  online: boolean;
  /** `ip` or `ip:port` (`[v6]:port`), as node's resolver takes them. */
  dnsServers: string[];
  /** Resolvers the propagation check compares (`--propagation-server`); empty: DNS_PROPAGATION_SERVERS or its default. */
  propagationServers: string[];
  allowHosts: string[];
  rules: Record<string, SeveritySetting>;
  failOn: FailOn;
  /** Whether --fail-on was given (it then wins over a settings file's failOn). */
  failOnGiven: boolean;
  color: boolean;
  /** --config FILE: use this settings file instead of looking for one. */
  config: string | null;
  /** --no-config: use no settings file. */
  noConfig: boolean;
  /** --jobs N: files analysed at once; null: one per available core. */
  jobs: number | null;
}

export type CliCommand = { kind: 'check'; options: CheckOptions } | { kind: 'help' } | { kind: 'version' };
export type ParseResult = { ok: true; command: CliCommand } | { ok: false; message: string };

const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];
const MODES: readonly Mode[] = ['sent', 'template'];

const OPTIONS = {
  format: { type: 'string' },
  'tracking-domain': { type: 'string', multiple: true },
  mode: { type: 'string' },
  'allow-untracked': { type: 'string', multiple: true },
  online: { type: 'boolean' },
  'dns-server': { type: 'string', multiple: true },
  'propagation-server': { type: 'string', multiple: true },
  'allow-host': { type: 'string', multiple: true },
  rule: { type: 'string', multiple: true },
  'fail-on': { type: 'string' },
  color: { type: 'boolean' },
  config: { type: 'string' },
  'no-config': { type: 'boolean' },
  jobs: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const HOST_NAME =
  /^(?=.{1,253}\.?$)(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.?$/i;

/**
 * argv (without `node` and the script) → a typed command, or one line saying
 * what is wrong. `ruleIds` are the rules `--rule` may name.
 */
export function parseCliArgs(argv: readonly string[], ruleIds: readonly string[]): ParseResult {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    return { ok: false, message: argvProblem(e) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: true, command: { kind: 'help' } };
  if (values.version) return { ok: true, command: { kind: 'version' } };

  const [command, ...files] = positionals;
  const file = files[0];
  if (command === undefined)
    return fail('No command given: use `email-link-inspector check FILE` (see --help).');
  if (command !== 'check')
    return fail(
      `Unknown command "${command}": the commands are check, fix, compare and recheck (see --help).`,
    );
  if (file === undefined)
    return fail('No input given: use `check FILE` with an .html or .eml file, or - for standard input.');
  if (files.length > 1 && files.includes('-'))
    return fail('Standard input (-) is read alone: give either - or files, not both.');
  if (values.config !== undefined && values['no-config'] === true)
    return fail('--config and --no-config contradict each other: give one.');
  const jobs = values.jobs === undefined ? null : Number(values.jobs);
  if (jobs !== null && (!Number.isInteger(jobs) || jobs < 1 || jobs > 256))
    return fail(`--jobs "${values.jobs ?? ''}" is not a whole number from 1 to 256.`);

  const format = values.format ?? 'text';
  if (!isReportFormat(format))
    return fail(`Unknown --format "${format}": use one of ${REPORT_FORMATS.join(', ')}.`);

  const mode = values.mode ?? null;
  if (mode !== null && !isOneOf(mode, MODES)) return fail(`Unknown --mode "${mode}": use sent or template.`);

  const failOn = values['fail-on'] ?? 'error';
  if (!isOneOf(failOn, FAIL_ON)) return fail(`Unknown --fail-on "${failOn}": use error, warning or never.`);

  const trackingDomains: string[] = [];
  for (const v of values['tracking-domain'] ?? []) {
    const host = hostName(v);
    if (host === null) return fail(`--tracking-domain "${v}" is not a host name (like click.example.com).`);
    trackingDomains.push(host);
  }
  const allowUntracked: string[] = [];
  for (const v of values['allow-untracked'] ?? []) {
    const host = hostName(v);
    if (host === null) return fail(`--allow-untracked "${v}" is not a domain name (like example.com).`);
    allowUntracked.push(host);
  }
  const dnsServers: string[] = [];
  for (const v of values['dns-server'] ?? []) {
    if (!isDnsServer(v)) {
      return fail(
        `--dns-server "${v}" is not an IP address with an optional port (like 127.0.0.1:5353 or [::1]:53).`,
      );
    }
    dnsServers.push(v);
  }
  const propagationServers: string[] = [];
  for (const v of values['propagation-server'] ?? []) {
    if (!isDnsServer(v)) {
      return fail(
        `--propagation-server "${v}" is not an IP address with an optional port (like 1.1.1.1:53 or [::1]:53).`,
      );
    }
    propagationServers.push(v);
  }
  const allowHosts: string[] = [];
  for (const v of values['allow-host'] ?? []) {
    if (!isHostOrCidr(v)) return fail(`--allow-host "${v}" is not a host name, IP address or CIDR range.`);
    allowHosts.push(v);
  }
  const rules: Record<string, SeveritySetting> = {};
  for (const v of values.rule ?? []) {
    const eq = v.indexOf('=');
    const id = eq < 0 ? v : v.slice(0, eq);
    const level = eq < 0 ? '' : v.slice(eq + 1);
    if (!ruleIds.includes(id)) {
      return fail(`Unknown rule "${id}" in --rule ${v}. Valid rule IDs: ${[...ruleIds].sort().join(', ')}.`);
    }
    if (!isOneOf(level, SEVERITY_SETTINGS)) {
      return fail(`Unknown level "${level}" in --rule ${v}: use ${id}=off, info, warning or error.`);
    }
    rules[id] = level;
  }

  return {
    ok: true,
    command: {
      kind: 'check',
      options: {
        file,
        files,
        format,
        trackingDomains,
        mode,
        allowUntracked,
        online: values.online === true,
        dnsServers,
        propagationServers,
        allowHosts,
        rules,
        failOn,
        failOnGiven: values['fail-on'] !== undefined,
        color: values.color === true,
        config: values.config ?? null,
        noConfig: values['no-config'] === true,
        jobs,
      },
    },
  };
}

function fail(message: string): ParseResult {
  return { ok: false, message };
}

function isOneOf<T extends string>(value: string, list: readonly T[]): value is T {
  return (list as readonly string[]).includes(value);
}

/** A host name, lowercased, without a trailing dot; null when it is not one (a URL, a path, spaces). */
function hostName(value: string): string | null {
  const v = value.trim();
  if (!HOST_NAME.test(v)) return null;
  return v.toLowerCase().replace(/\.$/, '');
}

function isDnsServer(value: string): boolean {
  const bracketed = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(value);
  if (bracketed) return isIP(bracketed[1] ?? '') === 6 && validPort(bracketed[2]);
  if (isIP(value) !== 0) return true;
  const v4 = /^([\d.]+):(\d{1,5})$/.exec(value);
  return v4 !== null && isIP(v4[1] ?? '') === 4 && validPort(v4[2]);
}

function validPort(port: string | undefined): boolean {
  if (port === undefined) return true;
  const n = Number(port);
  return Number.isInteger(n) && n > 0 && n < 65536;
}

function isHostOrCidr(value: string): boolean {
  if (isIP(value) !== 0 || hostName(value) !== null) return true;
  try {
    ipaddr.parseCIDR(value);
    return true;
  } catch {
    return false;
  }
}

/** node:util parseArgs errors, in our words (every command's options are refused alike). */
export function argvProblem(e: unknown): string {
  const code = (e as { code?: string }).code;
  const message = e instanceof Error ? e.message : String(e);
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Unknown option ${option} (see --help).`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return option !== '' && /argument missing/.test(message)
        ? `Option ${option} needs a value (see --help).`
        : `Option ${option || '?'} takes ${/does not take an argument/.test(message) ? 'no value' : 'a value'} (see --help).`;
    default:
      return `${message.split('\n')[0] ?? 'Bad arguments'} (see --help).`;
  }
}
