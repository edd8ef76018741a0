import { describe, expect, it } from 'vitest';
import { formatJson } from './format-json';
import { isReportFormat, REPORT_FORMATS, formatReport } from './format-report';
import { SAMPLE_CATALOGUE, SAMPLE_SOURCE, sampleReport } from './fixtures/sample-report';

describe('formatJson', () => {
  it('is the report as is, indented by two spaces', () => {
    const report = sampleReport();
    const out = formatJson(report);
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(report)));
    expect(out.split('\n')[1]).toBe('  "version": 1,');
    expect(out.endsWith('}\n')).toBe(true);
  });
});

describe('formatReport', () => {
  it('knows the five formats', () => {
    expect(REPORT_FORMATS).toEqual(['json', 'text', 'sarif', 'csv', 'md']);
    expect(isReportFormat('md')).toBe(true);
    expect(isReportFormat('xml')).toBe(false);
  });

  it('produces non-empty output in each format', () => {
    for (const format of REPORT_FORMATS) {
      const out = formatReport(sampleReport(), format, {
        source: SAMPLE_SOURCE,
        catalogue: SAMPLE_CATALOGUE,
      });
      expect(out.length).toBeGreaterThan(100);
    }
  });
});
