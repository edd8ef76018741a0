import { analyzeHtml, planOnline, withFacts } from '../core/analyze';
import { readInput } from '../core/input/read-input';
import { reportJsonChunks } from '../core/report/format-json';
import { formatReport, type FormatOptions } from '../core/report/format-report';
import { rules } from '../core/rules';
import type { AnalyzeOptions, Report } from '../core/types';
import { HOME_PAGE, VERSION } from '../core/version';
import { exitCodeFor } from './fail-on';
import type { CheckOptions } from './parse-args';
import { STDIN_NAME } from './read-source';
import { loadNodePrivacyEngines } from './privacy-data';

/** The privacy data is loaded only when a rule that judges with it is on. */
function needsPrivacyData(settings: CheckOptions['rules']): boolean {
  return ['param-stripped', 'tracker-blocked'].some((id) => settings[id] !== 'off');
}

export interface CheckOutcome {
  exitCode: 0 | 1 | 2;
  /** Empty when exitCode is 2. */
  stdout: string;
  /**
   * Output written after `stdout`, piece by piece: a large JSON report (80 MB
   * for 12 MB of HTML) is never held as one string, nor as one buffer.
   */
  stdoutChunks?: Iterable<string>;
  /** One line when exitCode is 2. */
  stderr: string;
}

export function unusable(message: string): CheckOutcome {
  return { exitCode: 2, stdout: '', stderr: `email-link-inspector: ${message}\n` };
}

export type ReportResult =
  { ok: true; report: Report; html: string; exitCode: 0 | 1 } | { ok: false; message: string };

/**
 * `check` for one input: read it, analyse it (and run the online checks when
 * asked), and decide its exit status. Unusable input is a one-line message.
 */
export async function produceReport(
  options: CheckOptions,
  source: { name: string; data: Uint8Array },
  env: Record<string, string | undefined>,
): Promise<ReportResult> {
  const read = await readInput(source.data, source.name === STDIN_NAME ? {} : { name: source.name });
  if (!read.ok) return { ok: false, message: `${source.name}: ${read.error.message}` };
  const input = read.input;

  const analyzeOptions: AnalyzeOptions = {
    name: source.name,
    trackingDomains: options.trackingDomains,
    allowUntracked: options.allowUntracked,
    rules: options.rules,
    ...(options.mode !== null ? { mode: options.mode } : {}),
    privacy: needsPrivacyData(options.rules) ? await loadNodePrivacyEngines() : null,
  };
  let report: Report = analyzeHtml(input.html, analyzeOptions, input);

  if (options.online) {
    // The look-up service's modules (DNS, TLS, HTTP) are loaded only for --online: an offline run never pays for them.
    const [{ onlineChecks }, { cliDeps, collectFacts }] = await Promise.all([
      import('./online-checks'),
      import('./online'),
    ]);
    const deps = cliDeps(options, env);
    if (!deps.ok) return { ok: false, message: deps.message };
    const facts = await collectFacts(planOnline(report), onlineChecks, deps.deps);
    report = withFacts(report, facts, analyzeOptions);
  }
  return { ok: true, report, html: input.html, exitCode: exitCodeFor(report.summary, options.failOn) };
}

/** The options every format but JSON takes in the CLI (JSON is written in pieces, with `raw` only if asked). */
export function cliFormatOptions(options: Pick<CheckOptions, 'color'>, source?: string): FormatOptions {
  return {
    ...(source !== undefined ? { source } : {}),
    color: options.color,
    catalogue: rules,
    toolVersion: VERSION,
    informationUri: HOME_PAGE,
  };
}

/** `check` of one input: its report in the format asked for, and the exit status. */
export async function runCheck(
  options: CheckOptions,
  source: { name: string; data: Uint8Array },
  env: Record<string, string | undefined>,
): Promise<CheckOutcome> {
  const result = await produceReport(options, source, env);
  if (!result.ok) return unusable(result.message);
  if (options.format === 'json') {
    const chunks = reportJsonChunks(result.report, { raw: options.includeRaw === true });
    return { exitCode: result.exitCode, stdout: '', stdoutChunks: chunks, stderr: '' };
  }
  const stdout = formatReport(result.report, options.format, cliFormatOptions(options, result.html));
  return { exitCode: result.exitCode, stdout, stderr: '' };
}
