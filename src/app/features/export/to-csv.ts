import type { Report } from '../../../core/types';
import { indexReport } from '../../lib/report-index';

function cell(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  // A leading = + - @ would be read as a formula by spreadsheets: quote it as text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per link: status, href, text, kind, tracked, position, and its findings' rules. */
export function reportToCsv(report: Report): string {
  const index = indexReport(report);
  const header = [
    'id',
    'status',
    'href',
    'url',
    'text',
    'kind',
    'element',
    'outlook_only',
    'tracked',
    'line',
    'column',
    'rules',
  ];
  const rows = report.links.map((l) =>
    [
      l.id,
      index.statusById.get(l.id) ?? 'ok',
      l.href,
      l.url,
      l.text,
      l.kind,
      l.element,
      l.outlookOnly,
      l.tracked,
      l.line,
      l.column,
      [...new Set((index.findingsByLink.get(l.id) ?? []).map((f) => f.rule))].join(' '),
    ]
      .map(cell)
      .join(','),
  );
  return [header.join(','), ...rows].join('\r\n') + '\r\n';
}
