import type { Facts } from '../../core/facts';
import type { Fix } from '../../core/edit/fix';
import type { UtmPlan, UtmSettings } from '../../core/fix/utm-builder';
import type { ReportFormat } from '../../core/report/format-report';
import type { AnalyzeOptions, Report, Severity } from '../../core/types';

/**
 * What the page can ask the engine worker (one typed RPC through comlink):
 * read a file, analyse a text, and, on the report the worker keeps from its
 * last analysis, offer fixes, fix, plan UTM parameters and export. The page
 * never sends the report back: it names the analysis by its id.
 */
export interface EngineApi {
  rules(): RuleInfo[];
  /** A dropped or picked file, read by the core's readInput (its limits and charset decoding). */
  readFile(file: File): Promise<FileOutcome>;
  /**
   * One analysis of a built-in email, while the page is idle before the
   * first real one: the engine's code is compiled and optimised, and the
   * privacy data loaded, before someone waits for it. Resolves with its time (ms).
   */
  warmUp(): Promise<number>;
  analyse(job: AnalysisJob, onPhase?: (phase: Phase) => void): Promise<AnalysisPayload>;
  /** The fixes the report offers, online facts judged in (the report of analysis `id`). */
  fixes(id: number, facts: Facts | undefined): Fix[];
  fixAll(id: number): FixAllAnswer;
  planUtm(id: number, settings: UtmSettings): UtmAnswer;
  /** The report of analysis `id`, facts judged in, in one of the core's formats (what the CLI prints). */
  exportReport(id: number, format: ExportFormat, facts: Facts | undefined): Promise<string>;
}

export type ExportFormat = Exclude<ReportFormat, 'text'>;

export type Phase = 'reading' | 'analysing';

export interface AnalysisJob {
  text: string;
  name: string;
  kind?: 'html' | 'eml';
  options: AnalyzeOptions;
}

/**
 * The answer of `analyse`, handed over once: the report and its fixes as
 * UTF-8 JSON in a transferred buffer (moved, not copied), the HTML only when
 * it is not the text itself (an .eml's HTML part).
 */
export type AnalysisPayload =
  | { kind: 'report'; id: number; json: Uint8Array; html: string | null; ms: number }
  | { kind: 'input-error'; id: number; code: string; message: string };

/** What the page unpacks from a payload. */
export interface AnalysedReport {
  id: number;
  report: Report;
  fixes: Fix[];
  html: string;
  ms: number;
}

export type FileOutcome =
  { ok: true; text: string; name: string; kind?: 'html' | 'eml' } | { ok: false; message: string };

/** A rule as the settings panel and the filters show it. */
export interface RuleInfo {
  id: string;
  defaultSeverity: Severity;
  category: string;
  summary: string;
  kind: 'offline' | 'online';
}

export interface FixAllAnswer {
  /** The HTML that was fixed (for an .eml, its decoded HTML part) and the result. */
  before: string;
  html: string;
  applied: Fix[];
  offered: Fix[];
}

export interface UtmAnswer {
  before: string;
  html: string;
  plan: UtmPlan;
  domains: string[];
}
