import type { Report } from '../../../core/types';

const esc = (s: string): string => s.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');

/** The summary line the "copy summary" action puts on the clipboard. */
export function summaryText(report: Report): string {
  const s = report.summary;
  return (
    `${report.input.name}: ${s.links} links, ${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos ` +
    `(mode ${report.mode}, platform ${report.esp ?? 'not recognised'}, tracking domains ${report.trackingDomains.join(', ') || 'none'})`
  );
}

/** A Markdown report: summary, then a table of findings. */
export function reportToMarkdown(report: Report): string {
  const lines = [
    `# Link report: ${esc(report.input.name)}`,
    '',
    `- Mode: ${report.mode}`,
    `- Platform: ${report.esp ?? 'not recognised'}`,
    `- Tracking domains: ${report.trackingDomains.join(', ') || 'none'}`,
    `- Links: ${report.summary.links}; errors: ${report.summary.errors}; warnings: ${report.summary.warnings}; infos: ${report.summary.infos}`,
    '',
    '## Findings',
    '',
  ];
  if (report.findings.length === 0) lines.push('No findings.');
  else {
    lines.push('| Severity | Rule | Link | Line | Message |', '|---|---|---|---|---|');
    for (const f of report.findings) {
      lines.push(
        `| ${f.severity} | ${f.rule} | ${f.link ?? ''} | ${f.line}:${f.column} | ${esc(f.message)} |`,
      );
    }
  }
  return lines.join('\n') + '\n';
}
