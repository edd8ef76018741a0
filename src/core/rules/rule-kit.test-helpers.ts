import { analyzeHtml, withFacts, type ReadInputInfo } from '../analyze';
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
  input?: ReadInputInfo,
  facts?: Facts,
): Finding[] {
  const report = analyzeHtml(html, options, input);
  return (facts ? withFacts(report, facts, options) : report).findings.filter((f) => f.rule === ruleId);
}

/** The whole report of inline HTML. */
export function reportOf(html: string, options: AnalyzeOptions = {}, input?: ReadInputInfo): Report {
  return analyzeHtml(html, options, input);
}
