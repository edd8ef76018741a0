import { analyzeHtml, type ReadInputInfo } from '../analyze';
import type { AnalyzeOptions, Report } from '../types';
import type { Fix } from '../edit/fix';
import { ruleById } from '../rules';
import { composeEdits, takenEdits } from '../edit/edit-patch';
import { applyEdits, type TextEdit } from '../edit/text-edit';

/** The fixes offered for a report's findings, one per finding that has one, in finding order. */
export function computeFixes(report: Report, html: string): Fix[] {
  const links = new Map(report.links.map((l) => [l.id, l]));
  const out: Fix[] = [];
  for (const finding of report.findings) {
    const fixer = ruleById.get(finding.rule)?.fix;
    const link = finding.link === null ? undefined : links.get(finding.link);
    if (!fixer || !link) continue;
    const fix = fixer({ link, finding, report, html });
    if (fix) out.push(fix);
  }
  return out;
}

export interface FixAllResult {
  html: string;
  /** Every fix applied, over all passes. */
  applied: Fix[];
  /** Every edit applied, as edits of the original text (for a diff without comparing the texts). */
  edits: TextEdit[];
  /** Fixes offered but not applied (meaning-changing ones). */
  offered: Fix[];
  passes: number;
}

/**
 * Applies every safe fix, re-analysing after each pass (a link may need two
 * repairs whose edits overlap, such as white space and a missing scheme),
 * until nothing more applies. Fixing the result again changes nothing.
 */
export function fixAllSafe(
  html: string,
  options: AnalyzeOptions = {},
  input?: ReadInputInfo,
  only?: ReadonlySet<string>,
): FixAllResult {
  let text = html;
  const applied: Fix[] = [];
  let offered: Fix[] = [];
  let edits: TextEdit[] = [];
  let passes = 0;
  for (; passes < 8; passes++) {
    const report = analyzeHtml(text, options, input);
    const fixes = computeFixes(report, text).filter((f) => !only || only.has(f.rule));
    offered = fixes.filter((f) => !f.safe);
    const safe = fixes.filter((f) => f.safe);
    if (safe.length === 0) break;
    const all = safe.flatMap((f) => f.edits);
    const result = applyEdits(text, all);
    if (result.text === text) break;
    const taken = takenEdits(text, all);
    edits = passes === 0 ? taken : composeEdits(text, edits, taken);
    const skipped = new Set(result.skipped);
    applied.push(...safe.filter((f) => f.edits.every((e) => !skipped.has(e))));
    text = result.text;
  }
  return { html: text, applied, offered, edits, passes };
}
