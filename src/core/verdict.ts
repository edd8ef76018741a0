import type { LinkCheckFacts } from './facts';
import type { Report, Severity } from './types';

/** The core's one verdict for a link, a check or a report: what the page colours by. */
export type Verdict = 'ok' | Severity;

const RANK: Record<Verdict, number> = { ok: 0, info: 1, warning: 2, error: 3 };

/** The worst severity among findings, or `ok` when there are none. */
export function verdictOf(findings: ReadonlyArray<{ severity: Severity }>): Verdict {
  let worst: Verdict = 'ok';
  for (const f of findings) if (RANK[f.severity] > RANK[worst]) worst = f.severity;
  return worst;
}

/** A link's verdict: its own findings and those that cover it among their related links. */
export function linkVerdict(report: Pick<Report, 'findings'>, linkId: string): Verdict {
  return verdictOf(report.findings.filter((f) => f.link === linkId || f.relatedLinks?.includes(linkId)));
}

/**
 * A link check's verdict, from the online rules' findings on it alone: a bot
 * wall (`bot-blocked`) or a link not requested on purpose is `info`, a page
 * that answers 404 is `error`.
 */
export function checkVerdict(check: Pick<LinkCheckFacts, 'findings'>): Verdict {
  return verdictOf(check.findings ?? []);
}
