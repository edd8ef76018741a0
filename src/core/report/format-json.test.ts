import { describe, expect, it } from 'vitest';
import { formatJson, jsonChunks, reportJsonChunks } from './format-json';
import { isReportFormat, REPORT_FORMATS, formatReport } from './format-report';
import { SAMPLE_CATALOGUE, SAMPLE_SOURCE, sampleReport } from './fixtures/sample-report';

describe('formatJson', () => {
  it('is the report as is with --include-raw, indented by two spaces', () => {
    const report = sampleReport();
    const out = formatJson(report, { raw: true });
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

describe('formatJson in pieces', () => {
  it('is exactly JSON.stringify(report, null, 2) with --include-raw, however it is cut', () => {
    const report = sampleReport();
    expect(formatJson(report, { raw: true })).toBe(`${JSON.stringify(report, null, 2)}\n`);
    const chunks = [...reportJsonChunks(report, { raw: true })];
    expect(chunks.length).toBeGreaterThan(report.links.length);
    for (const value of [
      [],
      {},
      { a: undefined, b: [undefined, 1], c: { toJSON: () => 'x' } },
      'text',
      null,
    ]) {
      for (const depth of [0, 1, 3]) {
        expect([...jsonChunks(value, depth)].join('')).toBe(JSON.stringify(value, null, 2));
      }
    }
  });

  it("leaves out each link's raw attribute source unless asked for", () => {
    const report = sampleReport();
    expect(report.links.some((l) => l.raw !== null)).toBe(true);
    const parsed = JSON.parse(formatJson(report)) as { links: Array<Record<string, unknown>> };
    expect(parsed.links.length).toBe(report.links.length);
    expect(parsed.links.every((l) => !('raw' in l))).toBe(true);
    expect(parsed.links[0]?.['href']).toBe(report.links[0]?.href);
    // The report itself is not changed.
    expect(report.links.some((l) => l.raw !== null)).toBe(true);
  });
});
