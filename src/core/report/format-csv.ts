import type { Finding, Report, ReportLink } from '../types';

/**
 * CSV (RFC 4180): one row per finding, joined with its link's columns, plus
 * one row for each link without findings (rule columns empty), in document
 * order; findings about the whole email come last with empty link columns.
 * So every link appears at least once and every finding exactly once.
 */
export const CSV_COLUMNS = [
  'link',
  'line',
  'column',
  'element',
  'href',
  'url',
  'kind',
  'tracked',
  'outlook_only',
  'rule',
  'severity',
  'message',
] as const;

export function formatCsv(report: Report): string {
  return [[...CSV_COLUMNS], ...csvRows(report)]
    .map((cells) => `${cells.map(csvField).join(',')}\r\n`)
    .join('');
}

/** The data rows of formatCsv (no header), as cells: the combined report of many files reuses them. */
export function csvRows(report: Report): string[][] {
  const byLink = new Map<string, Finding[]>();
  const general: Finding[] = [];
  for (const f of report.findings) {
    const list = f.link !== null ? byLink.get(f.link) : undefined;
    if (f.link !== null && report.links.some((l) => l.id === f.link)) {
      if (list) list.push(f);
      else byLink.set(f.link, [f]);
    } else general.push(f);
  }
  const rows: string[][] = [];
  for (const link of report.links) {
    const findings = byLink.get(link.id) ?? [];
    if (findings.length === 0) rows.push([...linkCells(link), '', '', '']);
    for (const f of findings) rows.push([...linkCells(link, f), f.rule, f.severity, f.message]);
  }
  for (const f of general) {
    rows.push(['', String(f.line), String(f.column), '', '', '', '', '', '', f.rule, f.severity, f.message]);
  }
  return rows;
}

function linkCells(link: ReportLink, finding?: Finding): string[] {
  return [
    link.id,
    String(finding?.line ?? link.line),
    String(finding?.column ?? link.column),
    link.element,
    link.href ?? '',
    link.url ?? '',
    link.kind,
    link.tracked === null ? '' : String(link.tracked),
    String(link.outlookOnly),
  ];
}

/**
 * RFC 4180 §2: fields with a comma, quote or line break are quoted, quotes
 * doubled. A field that a spreadsheet would run as a formula (`=`, `+`, `-`,
 * `@`, tab, carriage return first: OWASP "CSV injection") gets a leading `'`:
 * hrefs come from untrusted email.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
