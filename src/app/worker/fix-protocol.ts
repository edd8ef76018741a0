import type { AnalyzeOptions, Report } from '../../core/types';
import type { Fix } from '../../core/edit/fix';
import type { UtmPlan, UtmSettings } from '../../core/fix/utm-builder';

/** The email a fix job works on: the input as the analysis worker reads it. */
export interface FixSource {
  text: string;
  name: string;
  kind?: 'html' | 'eml';
  options: AnalyzeOptions;
}

/** What the page asks the fix worker (fixing runs off the main thread, like the analysis). */
export type FixRequest =
  /** The fix each finding of a report offers (the report as analysed, online facts included). */
  | { type: 'fixes'; id: number; report: Report; html: string }
  | { type: 'fix-all'; id: number; source: FixSource }
  | {
      type: 'utm-plan';
      id: number;
      source: FixSource;
      /** With no domains, the registrable domain most links go to is used. */
      settings: UtmSettings;
    };

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

export type FixResponse =
  | { type: 'fixes'; id: number; fixes: Fix[] }
  | { type: 'fix-all'; id: number; answer: FixAllAnswer }
  | { type: 'utm-plan'; id: number; answer: UtmAnswer }
  | { type: 'error'; id: number; message: string };
