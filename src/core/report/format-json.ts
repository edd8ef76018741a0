import type { Report } from '../types';

/** The report as is (docs/contracts/report.md "JSON report"), indented by two spaces, with a final newline. */
export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
