import type { Report, Summary } from '../types';
import { CSV_COLUMNS, csvField, csvRows } from './format-csv';
import { formatMarkdown, inline } from './format-markdown';
import { jsonChunks, reportView, withNewline, type JsonOptions, type JsonReport } from './format-json';
import type { FormatOptions, ReportFormat } from './format-report';
import { SARIF_SCHEMA, toSarif, type SarifLog } from './format-sarif';
import { formatText } from './format-text';

/**
 * The combined report of several inputs (`check a.html b.html`, a folder, a
 * glob). One file's report stays the single report of the contract; these
 * shapes are only for more than one file.
 */
export interface FileEntry {
  /** The path as found (relative when it was given relative). */
  file: string;
  report: Report;
  /** The parsed HTML (for the text format's code frames). */
  source?: string;
  /** The exit status this file alone would give (its own --fail-on / settings). */
  exitCode: 0 | 1;
}

/** JSON for several files: `{ version, files: [{ file, exitCode, report }], summary }`. */
export interface ManyReportsJson {
  version: 1;
  files: Array<{ file: string; exitCode: 0 | 1; report: JsonReport }>;
  summary: Summary & { files: number; filesWithProblems: number };
}

function combinedSummary(entries: readonly FileEntry[]): ManyReportsJson['summary'] {
  const sum = { files: entries.length, filesWithProblems: 0, links: 0, errors: 0, warnings: 0, infos: 0 };
  for (const { report } of entries) {
    const s = report.summary;
    sum.links += s.links;
    sum.errors += s.errors;
    sum.warnings += s.warnings;
    sum.infos += s.infos;
    if (s.errors + s.warnings + s.infos > 0) sum.filesWithProblems++;
  }
  return sum;
}

export function formatMany(
  entries: readonly FileEntry[],
  format: ReportFormat,
  options: FormatOptions,
): string {
  switch (format) {
    case 'json':
      return [...manyJsonChunks(entries, options)].join('');
    case 'text':
      return manyText(entries, options);
    case 'csv':
      return manyCsv(entries);
    case 'md':
      return manyMarkdown(entries);
    case 'sarif':
      return `${JSON.stringify(manySarif(entries, options), null, 2)}\n`;
  }
}

function manyJson(entries: readonly FileEntry[], options: JsonOptions = {}): ManyReportsJson {
  return {
    version: 1,
    files: entries.map((e) => ({
      file: e.file,
      exitCode: e.exitCode,
      // Each link's raw attribute is left out unless asked for, as in one file's report.
      report: reportView(e.report, options),
    })),
    summary: combinedSummary(entries),
  };
}

/** formatMany's JSON in pieces: the combined report is never one string. */
export function manyJsonChunks(entries: readonly FileEntry[], options: JsonOptions = {}): Iterable<string> {
  // files → an entry → its report → its links → one link per JSON.stringify.
  return withNewline(jsonChunks(manyJson(entries, options), 5));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Text: each file's own text report under a `== file ==` heading, then one line for all of them. */
function manyText(entries: readonly FileEntry[], options: FormatOptions): string {
  const out: string[] = [];
  for (const e of entries) {
    out.push(`== ${e.file} ==`);
    out.push(
      formatText(e.report, {
        ...(e.source !== undefined ? { source: e.source } : {}),
        ...(options.color !== undefined ? { color: options.color } : {}),
      }),
    );
  }
  const s = combinedSummary(entries);
  const problems = s.errors + s.warnings + s.infos;
  out.push(
    problems === 0
      ? `No problems in ${plural(s.files, 'file')} (${plural(s.links, 'link')}).`
      : `${plural(problems, 'problem')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'info')}) in ${s.filesWithProblems} of ${plural(s.files, 'file')} (${plural(s.links, 'link')}).`,
  );
  return `${out.join('\n')}\n`;
}

/** CSV: a `file` column first, then the single-file columns; one header. */
function manyCsv(entries: readonly FileEntry[]): string {
  const rows: string[][] = [['file', ...CSV_COLUMNS]];
  for (const e of entries) for (const row of csvRows(e.report)) rows.push([e.file, ...row]);
  return rows.map((cells) => `${cells.map(csvField).join(',')}\r\n`).join('');
}

/** Markdown: a table with one row per file, then each file's own summary. */
function manyMarkdown(entries: readonly FileEntry[]): string {
  const s = combinedSummary(entries);
  const out = [
    `## Email link check: ${plural(s.files, 'file')}`,
    '',
    '| File | Links | Errors | Warnings | Infos |',
    '|---|---:|---:|---:|---:|',
    ...entries.map(
      (e) =>
        `| ${inline(e.file)} | ${e.report.summary.links} | ${e.report.summary.errors} | ${e.report.summary.warnings} | ${e.report.summary.infos} |`,
    ),
    `| **All** | ${s.links} | ${s.errors} | ${s.warnings} | ${s.infos} |`,
    '',
  ];
  for (const e of entries)
    out.push(
      formatMarkdown(e.report)
        .replace(/^## /, '### ')
        .replace(/\n### /g, '\n#### '),
    );
  return `${out.join('\n')}`;
}

/**
 * SARIF: ONE run for all files (code scanning keeps one run per tool and
 * category): the union of the rules used, one artifact per file, each result
 * located in its own file.
 */
function manySarif(entries: readonly FileEntry[], options: FormatOptions): SarifLog {
  const sarifOptions = {
    catalogue: options.catalogue,
    ...(options.toolVersion !== undefined ? { toolVersion: options.toolVersion } : {}),
    ...(options.informationUri !== undefined ? { informationUri: options.informationUri } : {}),
  };
  const logs = entries.map((e) => toSarif(e.report, sarifOptions));
  const first = logs[0]?.runs[0];
  if (!first) return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [] };
  const rules: typeof first.tool.driver.rules = [];
  const ruleIndex = new Map<string, number>();
  const artifacts: typeof first.artifacts = [];
  const results: typeof first.results = [];
  logs.forEach((log, fileIndex) => {
    const run = log.runs[0];
    if (!run) return;
    for (const rule of run.tool.driver.rules) {
      if (!ruleIndex.has(rule.id)) {
        ruleIndex.set(rule.id, rules.length);
        rules.push(rule);
      }
    }
    artifacts.push(...run.artifacts);
    for (const result of run.results) {
      results.push({
        ...result,
        ruleIndex: ruleIndex.get(result.ruleId) ?? 0,
        locations: result.locations.map((l) => ({
          physicalLocation: {
            ...l.physicalLocation,
            artifactLocation: { ...l.physicalLocation.artifactLocation, index: fileIndex },
          },
        })),
      });
    }
  });
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{ ...first, tool: { driver: { ...first.tool.driver, rules } }, artifacts, results }],
  };
}
