import { analyzeHtml } from '../core/analyze';
import { readInput } from '../core/input/read-input';
import { formatReport } from '../core/report/format-report';
import { rules } from '../core/rules';
import type { AnalyzeOptions, Report } from '../core/types';
import { HOME_PAGE, VERSION } from '../core/version';
import { exitCodeFor } from './fail-on';
import type { CheckOptions } from './parse-args';
import { STDIN_NAME } from './read-source';

export interface CheckOutcome {
  exitCode: 0 | 1 | 2;
  /** Empty when exitCode is 2. */
  stdout: string;
  /** One line when exitCode is 2. */
  stderr: string;
}

function unusable(message: string): CheckOutcome {
  return { exitCode: 2, stdout: '', stderr: `email-link-inspector: ${message}\n` };
}

/**
 * `check`: read the input, analyse it (and run the online checks when
 * asked), format the report, and decide the exit status.
 */
export async function runCheck(
  options: CheckOptions,
  source: { name: string; data: Uint8Array },
  env: Record<string, string | undefined>,
): Promise<CheckOutcome> {
  const read = await readInput(source.data, source.name === STDIN_NAME ? {} : { name: source.name });
  if (!read.ok) return unusable(`${source.name}: ${read.error.message}`);
  const input = read.input;

  const analyzeOptions: AnalyzeOptions = {
    name: source.name,
    trackingDomains: options.trackingDomains,
    allowUntracked: options.allowUntracked,
    rules: options.rules,
    ...(options.mode !== null ? { mode: options.mode } : {}),
  };
  let report: Report = analyzeHtml(input.html, analyzeOptions, undefined, input);

  if (options.online) {
    // The look-up service's modules (DNS, TLS, HTTP) are loaded only for --online: an offline run never pays for them.
    const [{ onlineChecks }, { cliDeps, collectFacts }] = await Promise.all([
      import('./online-checks'),
      import('./online'),
    ]);
    const deps = cliDeps(options, env);
    if (!deps.ok) return unusable(deps.message);
    const facts = await collectFacts(report, onlineChecks, deps.deps);
    report = analyzeHtml(input.html, analyzeOptions, facts, input);
  }

  const stdout = formatReport(report, options.format, {
    source: input.html,
    color: options.color,
    catalogue: rules,
    toolVersion: VERSION,
    informationUri: HOME_PAGE,
  });
  return { exitCode: exitCodeFor(report.summary, options.failOn), stdout, stderr: '' };
}
