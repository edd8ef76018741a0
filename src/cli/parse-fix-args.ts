import { parseArgs } from 'node:util';
import { rules } from '../core/rules';
import type { UtmSettings } from '../core/fix/utm-builder';
import { argvProblem } from './parse-args';

/** What `fix` was asked to do, validated. */
export interface FixOptions {
  /** The first input (a path, or - for standard input). */
  file: string;
  /** Every input as given: paths, folders, globs, or `-`. */
  files: string[];
  /** Inputs fixed at once; null: one per available core. */
  jobs: number | null;
  write: boolean;
  /** Only fixes of these rules; all safe fixes when empty. */
  only: string[];
  utm: Omit<UtmSettings, 'domains'> | null;
  utmDomains: string[];
  trackingDomains: string[];
}

export type FixParseResult = { ok: true; options: FixOptions } | { ok: false; message: string };

const OPTIONS = {
  write: { type: 'boolean' },
  only: { type: 'string', multiple: true },
  utm: { type: 'string' },
  'utm-domain': { type: 'string', multiple: true },
  'tracking-domain': { type: 'string', multiple: true },
  jobs: { type: 'string' },
} as const;

/** The rules whose fixes `--only` may name. */
const FIXABLE_RULES: readonly string[] = rules.filter((r) => r.fix).map((r) => r.id);

/** argv after `fix` → options, or one line saying what is wrong. */
export function parseFixArgs(argv: readonly string[]): FixParseResult {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    return { ok: false, message: argvProblem(e) };
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) {
    return {
      ok: false,
      message: 'fix needs a FILE (.html, .htm, .eml, a folder, a glob, or - for standard input)',
    };
  }
  if (positionals.length > 1 && positionals.includes('-')) {
    return { ok: false, message: 'standard input (-) is read alone: give either - or files, not both' };
  }
  const file = positionals[0] ?? '';
  const jobs = values.jobs === undefined ? null : Number(values.jobs);
  if (jobs !== null && (!Number.isInteger(jobs) || jobs < 1 || jobs > 256)) {
    return { ok: false, message: `--jobs "${values.jobs ?? ''}" is not a whole number from 1 to 256` };
  }
  const only = values.only ?? [];
  const unknown = only.filter((r) => !FIXABLE_RULES.includes(r));
  if (unknown.length > 0) {
    return {
      ok: false,
      message: `--only ${unknown.join(', ')}: no fix for that rule; rules with fixes: ${FIXABLE_RULES.join(', ')}`,
    };
  }
  if (values.write && file === '-') {
    return { ok: false, message: '--write needs a file to write to; standard input prints a diff instead' };
  }
  let utm: FixOptions['utm'] = null;
  if (values.utm !== undefined) {
    const parsedUtm = parseUtm(values.utm);
    if (!parsedUtm.ok) return parsedUtm;
    utm = parsedUtm.utm;
  }
  return {
    ok: true,
    options: {
      file,
      files: positionals,
      jobs,
      write: values.write ?? false,
      only,
      utm,
      utmDomains: (values['utm-domain'] ?? []).map((d) => d.toLowerCase()),
      trackingDomains: (values['tracking-domain'] ?? []).map((d) => d.toLowerCase()),
    },
  };
}

function parseUtm(
  value: string,
): { ok: true; utm: Omit<UtmSettings, 'domains'> } | { ok: false; message: string } {
  const pairs = new Map<string, string>();
  for (const part of value.split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0)
      return { ok: false, message: `--utm: "${part}" is not key=value (source=…,medium=…,campaign=…)` };
    pairs.set(part.slice(0, eq).trim().replace(/^utm_/, ''), part.slice(eq + 1).trim());
  }
  const missing = ['source', 'medium', 'campaign'].filter((k) => !pairs.get(k));
  if (missing.length > 0)
    return { ok: false, message: `--utm needs ${missing.join(', ')} (source=…,medium=…,campaign=…)` };
  const extra = [...pairs.keys()].filter((k) => !['source', 'medium', 'campaign', 'content'].includes(k));
  if (extra.length > 0) return { ok: false, message: `--utm: unknown key ${extra.join(', ')}` };
  const content = pairs.get('content');
  return {
    ok: true,
    utm: {
      source: pairs.get('source') ?? '',
      medium: pairs.get('medium') ?? '',
      campaign: pairs.get('campaign') ?? '',
      content:
        content === undefined || content === ''
          ? null
          : content === 'text' || content === 'position'
            ? { from: content }
            : { from: 'value', value: content },
    },
  };
}
