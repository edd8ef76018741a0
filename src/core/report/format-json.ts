import type { Report, ReportLink } from '../types';

export interface JsonOptions {
  /**
   * Keep each link's `raw` (the href attribute as written, with its ranges):
   * copies of the email's own HTML that no other field needs. Left out unless
   * asked for (`--include-raw`), so a large email's report stays small.
   */
  raw?: boolean;
}

/** The report (docs/contracts/report.md "JSON report"), indented by two spaces, with a final newline. */
export function formatJson(report: Report, options: JsonOptions = {}): string {
  return [...reportJsonChunks(report, options)].join('');
}

/** formatJson's text in pieces, so a writer can send it out without ever holding all of it. */
export function reportJsonChunks(report: Report, options: JsonOptions = {}): Iterable<string> {
  return withNewline(jsonChunks(reportView(report, options), 2));
}

/** A report as the JSON formats write it: each link's `raw` may be left out. */
export type JsonReport = Omit<Report, 'links'> & { links: Array<Omit<ReportLink, 'raw'>> };

/** The report as written out: without each link's `raw` unless asked for (shallow copies, no string copied). */
export function reportView(report: Report, options: JsonOptions): JsonReport {
  if (options.raw === true) return report;
  return { ...report, links: report.links.map(withoutRaw) };
}

function withoutRaw(link: ReportLink): Omit<ReportLink, 'raw'> {
  const { raw: _raw, ...rest } = link;
  return rest;
}

/** The chunks, then the newline that ends the output. */
export function* withNewline(chunks: Iterable<string>): Generator<string> {
  yield* chunks;
  yield '\n';
}

/**
 * The text `JSON.stringify(value, null, 2)` gives, in pieces: objects and
 * arrays down to `depth` levels are written member by member, anything deeper
 * by one JSON.stringify each. A report of 12 MB of HTML makes about 80 MB of
 * JSON; this way that text never exists as one string.
 */
export function* jsonChunks(value: unknown, depth: number, indent = ''): Generator<string> {
  const v = toJsonValue(value);
  if (depth <= 0 || v === null || typeof v !== 'object') {
    const text = JSON.stringify(v, null, 2);
    yield indent === '' ? text : text.replace(/\n/g, `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    if (v.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < v.length; i++) {
      yield `${i === 0 ? '' : ','}\n${inner}`;
      const item: unknown = v[i];
      // JSON.stringify writes a missing value, a function or a symbol inside an array as null.
      yield* jsonChunks(isWritable(item) ? item : null, depth - 1, inner);
    }
    yield `\n${indent}]`;
    return;
  }
  let first = true;
  for (const [key, item] of Object.entries(v)) {
    if (!isWritable(toJsonValue(item))) continue; // left out, as JSON.stringify does
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* jsonChunks(item, depth - 1, inner);
  }
  yield first ? '{}' : `\n${indent}}`;
}

function toJsonValue(value: unknown): unknown {
  if (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  ) {
    return (value as { toJSON: () => unknown }).toJSON();
  }
  return value;
}

function isWritable(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}
