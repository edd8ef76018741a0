import type { Finding, Report, ReportLink, Severity } from '../../core/types';

/** How a link is shown: the worst severity of its findings, or `ok`. */
export type LinkStatus = 'ok' | Severity;

export const STATUS_RANK: Record<LinkStatus, number> = { error: 0, warning: 1, info: 2, ok: 3 };

export interface ReportIndex {
  linkById: Map<string, ReportLink>;
  findingsByLink: Map<string, Finding[]>;
  statusById: Map<string, LinkStatus>;
}

/** Look-ups every view needs, computed once per report. */
export function indexReport(report: Report): ReportIndex {
  const linkById = new Map(report.links.map((l) => [l.id, l]));
  const findingsByLink = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    if (finding.link === null) continue;
    const list = findingsByLink.get(finding.link);
    if (list) list.push(finding);
    else findingsByLink.set(finding.link, [finding]);
  }
  const statusById = new Map<string, LinkStatus>();
  for (const link of report.links) {
    let status: LinkStatus = 'ok';
    for (const f of findingsByLink.get(link.id) ?? []) {
      if (STATUS_RANK[f.severity] < STATUS_RANK[status]) status = f.severity;
    }
    statusById.set(link.id, status);
  }
  return { linkById, findingsByLink, statusById };
}
