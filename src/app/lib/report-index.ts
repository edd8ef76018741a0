import type { Finding, Report, ReportLink } from '../../core/types';
import { verdictOf, type Verdict } from '../../core/verdict';

/** How a link is shown: the core's verdict (the worst severity of its findings, or `ok`). */
export type LinkStatus = Verdict;

export const STATUS_RANK: Record<LinkStatus, number> = { error: 0, warning: 1, info: 2, ok: 3 };

export interface ReportIndex {
  linkById: Map<string, ReportLink>;
  findingsByLink: Map<string, Finding[]>;
  statusById: Map<string, LinkStatus>;
}

/**
 * Look-ups every view needs, computed once per report. A link's status is the
 * core's verdict on it (`verdictOf` its findings, those that cover it as a
 * related link included): the page has no colouring of its own.
 */
function indexReport(report: Report): ReportIndex {
  const linkById = new Map(report.links.map((l) => [l.id, l]));
  const findingsByLink = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    const ids = new Set([...(finding.link === null ? [] : [finding.link]), ...(finding.relatedLinks ?? [])]);
    for (const id of ids) {
      const list = findingsByLink.get(id);
      if (list) list.push(finding);
      else findingsByLink.set(id, [finding]);
    }
  }
  const statusById = new Map<string, LinkStatus>();
  for (const link of report.links) statusById.set(link.id, verdictOf(findingsByLink.get(link.id) ?? []));
  return { linkById, findingsByLink, statusById };
}

const indexes = new WeakMap<Report, ReportIndex>();

/** indexReport, once per report object (the preview and the rest of the page index the same report). */
export function indexOf(report: Report): ReportIndex {
  let index = indexes.get(report);
  if (!index) {
    index = indexReport(report);
    indexes.set(report, index);
  }
  return index;
}
