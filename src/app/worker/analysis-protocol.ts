import type { Facts } from '../../core/facts';
import type { AnalyzeOptions, Report, Severity } from '../../core/types';

/** What the page asks the analysis worker. */
export type WorkerRequest =
  | {
      type: 'analyze';
      id: number;
      text: string;
      name: string;
      kind?: 'html' | 'eml';
      options: AnalyzeOptions;
      /** Online facts from the look-up service, judged by the core's online rules. */
      facts?: Facts;
    }
  | { type: 'catalogue'; id: number };

/** A rule as the settings panel and the filters show it. */
export interface RuleInfo {
  id: string;
  defaultSeverity: Severity;
  category: string;
  summary: string;
  kind: 'offline' | 'online';
}

/** What the worker answers: progress while it works, then one result. */
export type WorkerResponse =
  | { type: 'progress'; id: number; phase: 'reading' | 'analysing' }
  | { type: 'report'; id: number; report: Report; html: string; ms: number }
  | { type: 'input-error'; id: number; code: string; message: string }
  | { type: 'catalogue'; id: number; rules: RuleInfo[] }
  | { type: 'crash'; id: number; message: string };
