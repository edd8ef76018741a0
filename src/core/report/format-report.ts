import type { Report } from '../types';
import { formatCsv } from './format-csv';
import { formatJson } from './format-json';
import { formatMarkdown } from './format-markdown';
import { formatSarif, type SarifRuleInfo } from './format-sarif';
import { formatText } from './format-text';

export const REPORT_FORMATS = ['json', 'text', 'sarif', 'csv', 'md'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface FormatOptions {
  /** The parsed HTML, for the text format's code frames. */
  source?: string;
  color?: boolean;
  /** The rule catalogue, for SARIF's rule descriptions. */
  catalogue: readonly SarifRuleInfo[];
  toolVersion?: string;
  informationUri?: string;
  /** JSON: keep each link's `raw` attribute source (left out by default). */
  raw?: boolean;
}

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

/** One report, in the format asked for. */
export function formatReport(report: Report, format: ReportFormat, options: FormatOptions): string {
  switch (format) {
    case 'json':
      return formatJson(report, options);
    case 'text':
      return formatText(report, {
        ...(options.source !== undefined ? { source: options.source } : {}),
        ...(options.color !== undefined ? { color: options.color } : {}),
      });
    case 'csv':
      return formatCsv(report);
    case 'md':
      return formatMarkdown(report);
    case 'sarif':
      return formatSarif(report, {
        catalogue: options.catalogue,
        ...(options.toolVersion !== undefined ? { toolVersion: options.toolVersion } : {}),
        ...(options.informationUri !== undefined ? { informationUri: options.informationUri } : {}),
      });
  }
}
