import { parseArgs } from 'node:util';
import { analyzeHtml } from '../core/analyze';
import { compareReports, type Comparison } from '../core/compare/compare';
import { COMPARE_FORMATS, formatComparison, type CompareFormat } from '../core/compare/format-comparison';
import { readInput } from '../core/input/read-input';
import type { Settings } from '../core/config/settings';
import { rules } from '../core/rules';
import type { AnalyzeOptions, Mode, Report } from '../core/types';
import { unusable, type CheckOutcome } from './check-command';
import { configDirFor, findConfig, loadConfigFile } from './config-file';
import { readSource } from './read-source';
import { argvProblem } from './parse-args';

export interface CompareOptions {
  template: string;
  sent: string;
  format: CompareFormat;
  trackingDomains: string[];
  allowUntracked: string[];
  failOn: 'untracked' | 'never';
  config: string | null;
  noConfig: boolean;
}

const OPTIONS = {
  format: { type: 'string' },
  'tracking-domain': { type: 'string', multiple: true },
  'allow-untracked': { type: 'string', multiple: true },
  'fail-on': { type: 'string' },
  config: { type: 'string' },
  'no-config': { type: 'boolean' },
} as const;

export function parseCompareArgs(
  argv: readonly string[],
): { ok: true; options: CompareOptions } | { ok: false; message: string } {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    return { ok: false, message: argvProblem(e) };
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 2) {
    return { ok: false, message: 'compare takes two files: the TEMPLATE (.html) and the SENT email (.eml)' };
  }
  const [template = '', sent = ''] = positionals;
  if (template === '-' && sent === '-')
    return { ok: false, message: 'only one of the two files can be - (standard input)' };
  const format = values.format ?? 'text';
  if (!(COMPARE_FORMATS as readonly string[]).includes(format)) {
    return {
      ok: false,
      message: `Unknown --format "${format}": compare writes ${COMPARE_FORMATS.join(', ')}`,
    };
  }
  const failOn = values['fail-on'] ?? 'untracked';
  if (failOn !== 'untracked' && failOn !== 'never') {
    return { ok: false, message: `Unknown --fail-on "${failOn}": compare takes untracked or never` };
  }
  return {
    ok: true,
    options: {
      template,
      sent,
      format: format as CompareFormat,
      trackingDomains: (values['tracking-domain'] ?? []).map((d) => d.trim().toLowerCase()),
      allowUntracked: (values['allow-untracked'] ?? []).map((d) => d.trim().toLowerCase()),
      failOn,
      config: values.config ?? null,
      noConfig: values['no-config'] === true,
    },
  };
}

const RULE_IDS = rules.map((r) => r.id);

async function analyse(
  file: string,
  mode: Mode,
  options: CompareOptions,
  stdin: AsyncIterable<Uint8Array | string>,
): Promise<{ ok: true; report: Report } | { ok: false; message: string }> {
  const settings = options.noConfig
    ? { ok: true as const, settings: {} as Settings }
    : options.config !== null
      ? await loadConfigFile(options.config, RULE_IDS)
      : await findConfig(configDirFor(file), RULE_IDS);
  if (!settings.ok) return settings;
  const source = await readSource(file, stdin);
  if (!source.ok) return source;
  const read = await readInput(source.data, file === '-' ? {} : { name: file });
  if (!read.ok) return { ok: false, message: `${source.name}: ${read.error.message}` };
  const s = settings.settings;
  const analyzeOptions: AnalyzeOptions = {
    name: source.name,
    mode,
    trackingDomains: [
      ...new Set([...(s.trackingDomains ?? []), ...(mode === 'sent' ? options.trackingDomains : [])]),
    ],
    allowUntracked: [...new Set([...(s.allowUntracked ?? []), ...options.allowUntracked])],
    rules: s.rules ?? {},
  };
  if (mode === 'template') analyzeOptions.trackingDomains = [];
  return { ok: true, report: analyzeHtml(read.input.html, analyzeOptions, read.input) };
}

/** Whether a template link reached the sent email without tracking (left alone, or changed but not wrapped). */
function hasUntrackedPair(c: Comparison, sent: Report): boolean {
  const web = new Set(sent.links.filter((l) => l.kind === 'web').map((l) => l.id));
  return c.pairs.some(
    (p) => (p.status === 'left-alone' || p.status === 'changed') && p.sent !== null && web.has(p.sent.id),
  );
}

/**
 * `compare TEMPLATE SENT`: the template read as a template, the sent email as
 * a sent email, their links paired. Exit 1 when a template web link reached
 * the sent email untracked (unless --fail-on never); 2 when an input is unusable.
 */
export async function runCompare(
  options: CompareOptions,
  stdin: AsyncIterable<Uint8Array | string>,
): Promise<CheckOutcome> {
  const template = await analyse(options.template, 'template', options, stdin);
  if (!template.ok) return unusable(template.message);
  const sent = await analyse(options.sent, 'sent', options, stdin);
  if (!sent.ok) return unusable(sent.message);
  const comparison = compareReports(template.report, sent.report);
  const failed = options.failOn === 'untracked' && hasUntrackedPair(comparison, sent.report);
  return { exitCode: failed ? 1 : 0, stdout: formatComparison(comparison, options.format), stderr: '' };
}
