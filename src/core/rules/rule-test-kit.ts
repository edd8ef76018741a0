import { analyzeHtml } from '../analyze';
import type { Facts } from '../facts';
import type { AnalyzeOptions, Finding, Report } from '../types';

/**
 * For rule tests: analyse inline HTML (or an .eml's HTML with its headers)
 * and return the findings of one rule. The whole pipeline runs, so a test
 * proves the rule works as users will meet it.
 */
export function findingsOf(
  ruleId: string,
  html: string,
  options: AnalyzeOptions = {},
  input?: Parameters<typeof analyzeHtml>[3],
  facts?: Facts,
): Finding[] {
  return analyzeHtml(html, options, facts, input).findings.filter((f) => f.rule === ruleId);
}

/** The whole report of inline HTML. */
export function reportOf(
  html: string,
  options: AnalyzeOptions = {},
  input?: Parameters<typeof analyzeHtml>[3],
): Report {
  return analyzeHtml(html, options, undefined, input);
}
