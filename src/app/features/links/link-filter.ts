import type { ReportLink } from '../../../core/types';
import { STATUS_RANK, type LinkStatus, type ReportIndex } from '../../lib/report-index';

export type SortKey = 'status' | 'href' | 'text' | 'kind' | 'tracked' | 'line';

export interface LinkFilter {
  status: LinkStatus | 'all';
  rule: string;
  kind: string;
  search: string;
  sort: SortKey;
  descending: boolean;
}

export const NO_FILTER: LinkFilter = {
  status: 'all',
  rule: '',
  kind: '',
  search: '',
  sort: 'line',
  descending: false,
};

/** Text and image alt of a link, as the table shows it. */
export function linkLabel(link: ReportLink): string {
  return [link.text, link.imageAlt ? `[img: ${link.imageAlt}]` : '', link.ariaLabel ?? '']
    .filter(Boolean)
    .join(' ');
}

function compare(a: ReportLink, b: ReportLink, key: SortKey, index: ReportIndex): number {
  switch (key) {
    case 'status':
      return (
        STATUS_RANK[index.statusById.get(a.id) ?? 'ok'] - STATUS_RANK[index.statusById.get(b.id) ?? 'ok']
      );
    case 'href':
      return (a.href ?? '').localeCompare(b.href ?? '');
    case 'text':
      return linkLabel(a).localeCompare(linkLabel(b));
    case 'kind':
      return a.kind.localeCompare(b.kind);
    case 'tracked':
      return String(a.tracked).localeCompare(String(b.tracked));
    case 'line':
      return a.offset - b.offset;
  }
}

/** The rows the table shows, filtered and sorted (stable: ties keep document order). */
export function filterLinks(links: ReportLink[], index: ReportIndex, filter: LinkFilter): ReportLink[] {
  const needle = filter.search.trim().toLowerCase();
  const rows = links.filter((link) => {
    if (filter.status !== 'all' && index.statusById.get(link.id) !== filter.status) return false;
    if (filter.kind && link.kind !== filter.kind) return false;
    if (filter.rule && !(index.findingsByLink.get(link.id) ?? []).some((f) => f.rule === filter.rule))
      return false;
    if (needle && !`${link.href ?? ''} ${linkLabel(link)} ${link.id}`.toLowerCase().includes(needle))
      return false;
    return true;
  });
  const sign = filter.descending ? -1 : 1;
  return rows
    .map((link, i) => ({ link, i }))
    .sort((x, y) => sign * compare(x.link, y.link, filter.sort, index) || x.i - y.i)
    .map((x) => x.link);
}
