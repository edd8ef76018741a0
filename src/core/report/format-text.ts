import { LineIndex } from '../extract/line-index';
import type { Finding, Report, Severity } from '../types';
import { codeFrame } from './code-frame';

export interface TextFormatOptions {
  /** The HTML that was parsed (for an .eml, the decoded HTML part): needed for code frames. */
  source?: string;
  /** ANSI colours; off unless asked. */
  color?: boolean;
}

const ANSI = {
  red: (s: string) => `\u001b[31m${s}\u001b[39m`,
  yellow: (s: string) => `\u001b[33m${s}\u001b[39m`,
  blue: (s: string) => `\u001b[34m${s}\u001b[39m`,
  dim: (s: string) => `\u001b[2m${s}\u001b[22m`,
  bold: (s: string) => `\u001b[1m${s}\u001b[22m`,
};
const plain = (s: string): string => s;

const SEVERITY_WIDTH = 'warning'.length;

/**
 * The report for people: one line per finding (`file:line:col  severity  rule
 * message`), each followed by a code frame that underlines the href value,
 * then one summary line.
 */
export function formatText(report: Report, options: TextFormatOptions = {}): string {
  const color = options.color === true;
  const paint = {
    error: color ? ANSI.red : plain,
    warning: color ? ANSI.yellow : plain,
    info: color ? ANSI.blue : plain,
    dim: color ? ANSI.dim : plain,
    bold: color ? ANSI.bold : plain,
  };
  const lines = options.source !== undefined ? new LineIndex(options.source) : null;
  const linkById = new Map(report.links.map((l) => [l.id, l]));
  const out: string[] = [];
  const file = report.input.name;

  if (report.input.kind === 'eml' && report.findings.length > 0) {
    out.push(paint.dim('Lines and columns refer to the decoded HTML part of the message.'), '');
  }
  if (report.input.charset) {
    out.push(
      `The message says its text is ${report.input.charset.declared}, but the bytes are UTF-8: read as UTF-8 (accented letters and symbols would otherwise show as "Ã©" or "Â·").`,
      '',
    );
  }
  for (const finding of report.findings) {
    const severity = paint[finding.severity](finding.severity.padEnd(SEVERITY_WIDTH));
    out.push(
      `${paint.bold(`${file}:${finding.line}:${finding.column}`)}  ${severity}  ${finding.rule}  ${finding.message}`,
    );
    if (lines && finding.offset !== undefined) {
      out.push(
        codeFrame(lines, finding.line, finding.column, {
          length: caretLength(finding, linkById),
          paintCaret: paint[finding.severity],
          paintGutter: paint.dim,
        }),
      );
    }
    out.push('');
  }
  out.push(summaryLine(report, paint));
  return `${out.join('\n')}\n`;
}

/** The href value's length when the finding points at the start of its link's value; else one character. */
function caretLength(finding: Finding, linkById: Map<string, Report['links'][number]>): number {
  const link = finding.link !== null ? linkById.get(finding.link) : undefined;
  if (!link?.raw || finding.offset !== link.raw.valueRange.start) return 1;
  return Math.max(1, link.raw.valueRange.end - link.raw.valueRange.start);
}

function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

function summaryLine(
  report: Report,
  paint: Record<Severity | 'dim' | 'bold', (s: string) => string>,
): string {
  const { errors, warnings, infos, links } = report.summary;
  const total = errors + warnings + infos;
  const context = [
    `mode ${report.mode}`,
    `platform ${report.esp ?? 'not recognised'}`,
    `tracking ${report.trackingDomains.length > 0 ? report.trackingDomains.join(', ') : 'none'}`,
  ].join(', ');
  if (total === 0) return `No problems in ${count(links, 'link')} (${context}).`;
  const parts = [
    paint.error(count(errors, 'error')),
    paint.warning(count(warnings, 'warning')),
    paint.info(count(infos, 'info')),
  ].join(', ');
  return `${count(total, 'problem')} (${parts}) in ${count(links, 'link')} (${context}).`;
}
