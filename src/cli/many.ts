import { formatMany, type FileEntry } from '../core/report/format-many';
import type { Settings } from '../core/config/settings';
import { rules } from '../core/rules';
import { cliFormatOptions, runCheck, unusable, type CheckOutcome } from './check-command';
import { configDirFor, findConfig, loadConfigFile, type ConfigResult } from './config-file';
import { runFix } from './fix-command';
import { expandInputs } from './inputs';
import type { CheckOptions } from './parse-args';
import type { FixOptions } from './parse-fix-args';
import { runPool } from './pool/pool';
import { readSource } from './read-source';

const RULE_IDS = rules.map((r) => r.id);

/** The settings that apply to a file: --no-config, --config FILE, or the nearest settings file. */
async function settingsFor(
  file: string,
  explicit: { config: string | null; noConfig: boolean },
  cache: Map<string, Promise<ConfigResult>>,
): Promise<ConfigResult> {
  if (explicit.noConfig) return { ok: true, settings: {}, file: null };
  const key = explicit.config !== null ? `config:${explicit.config}` : `dir:${configDirFor(file)}`;
  let found = cache.get(key);
  if (!found) {
    found =
      explicit.config !== null
        ? loadConfigFile(explicit.config, RULE_IDS)
        : findConfig(configDirFor(file), RULE_IDS);
    cache.set(key, found);
  }
  return found;
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}

/** Options given on the command line win; lists add to the file's; --rule overrides the file's rule by rule. */
function withSettings(options: CheckOptions, settings: Settings): CheckOptions {
  return {
    ...options,
    trackingDomains: unique([...(settings.trackingDomains ?? []), ...options.trackingDomains]),
    allowUntracked: unique([...(settings.allowUntracked ?? []), ...options.allowUntracked]),
    rules: { ...settings.rules, ...options.rules },
    mode: options.mode ?? settings.mode ?? null,
    failOn: options.failOnGiven ? options.failOn : (settings.failOn ?? options.failOn),
  };
}

function manyUnusable(messages: readonly string[]): CheckOutcome {
  const more =
    messages.length > 1
      ? ` (and ${messages.length - 1} more unusable input${messages.length > 2 ? 's' : ''})`
      : '';
  return unusable(`${messages[0] ?? 'unusable input'}${more}`);
}

/**
 * `check FILE...`: one input keeps the single report of the contract; several
 * files, a folder or a glob are analysed on a worker pool and give one
 * combined report. Exit status: 2 when any input is unusable, else 1 when any
 * file has a finding at or above its --fail-on, else 0.
 */
export async function checkCommand(
  options: CheckOptions,
  env: Record<string, string | undefined>,
  stdin: AsyncIterable<Uint8Array | string>,
): Promise<CheckOutcome> {
  const inputs = await expandInputs(options.files);
  if (!inputs.ok) return unusable(inputs.message);
  const cache = new Map<string, Promise<ConfigResult>>();
  const perFile: CheckOptions[] = [];
  for (const file of inputs.files) {
    const settings = await settingsFor(file, options, cache);
    if (!settings.ok) return unusable(settings.message);
    perFile.push({ ...withSettings(options, settings.settings), file, files: [file] });
  }

  if (!inputs.many) {
    const only = perFile[0];
    if (!only) return unusable('No input given.');
    const source = await readSource(only.file, stdin);
    if (!source.ok) return unusable(source.message);
    return runCheck(only, source, env);
  }

  const results = await runPool(
    perFile.map((o) => ({
      kind: 'check' as const,
      file: o.file,
      options: o,
      env,
      wantSource: options.format === 'text',
    })),
    options.jobs,
  );
  const entries: FileEntry[] = [];
  const problems: string[] = [];
  results.forEach((r, i) => {
    if (r.kind !== 'check') return;
    if (!r.result.ok) problems.push(r.result.message);
    else
      entries.push({
        file: inputs.files[i] ?? r.result.report.input.name,
        report: r.result.report,
        exitCode: r.result.exitCode,
        ...(options.format === 'text' ? { source: r.result.html } : {}),
      });
  });
  if (problems.length > 0) return manyUnusable(problems);
  const stdout = formatMany(entries, options.format, cliFormatOptions(options));
  return { exitCode: entries.some((e) => e.exitCode === 1) ? 1 : 0, stdout, stderr: '' };
}

/**
 * `fix FILE...`: each file fixed on its own (in parallel for several), the
 * diffs one after another, the notes on standard error prefixed by the file.
 */
export async function fixCommand(
  options: FixOptions,
  stdin: AsyncIterable<Uint8Array | string>,
): Promise<CheckOutcome> {
  const inputs = await expandInputs(options.files);
  if (!inputs.ok) return unusable(inputs.message);
  const cache = new Map<string, Promise<ConfigResult>>();
  const perFile: FixOptions[] = [];
  for (const file of inputs.files) {
    const settings = await settingsFor(file, { config: null, noConfig: false }, cache);
    if (!settings.ok) return unusable(settings.message);
    const trackingDomains = unique([
      ...(settings.settings.trackingDomains ?? []),
      ...options.trackingDomains,
    ]);
    perFile.push({ ...options, file, files: [file], trackingDomains });
  }

  if (!inputs.many) {
    const only = perFile[0];
    if (!only) return unusable('No input given.');
    const source = await readSource(only.file, stdin);
    if (!source.ok) return unusable(source.message);
    return runFix(only, source);
  }

  const results = await runPool(
    perFile.map((o) => ({ kind: 'fix' as const, file: o.file, options: o })),
    options.jobs,
  );
  const problems: string[] = [];
  const stdout: string[] = [];
  const stderr: string[] = [];
  results.forEach((r, i) => {
    if (r.kind !== 'fix') return;
    const file = inputs.files[i] ?? '';
    const notes = r.outcome.stderr.replace(/^email-link-inspector: /, '').trimEnd();
    if (r.outcome.exitCode === 2) {
      problems.push(notes.startsWith(file) ? notes : `${file}: ${notes}`);
      return;
    }
    stdout.push(r.outcome.stdout);
    for (const line of notes.split('\n')) if (line !== '') stderr.push(`${file}: ${line}`);
  });
  if (problems.length > 0) return manyUnusable(problems);
  return { exitCode: 0, stdout: stdout.join(''), stderr: stderr.length > 0 ? `${stderr.join('\n')}\n` : '' };
}
