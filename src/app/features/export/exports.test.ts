import { describe, expect, it } from 'vitest';
import { analyzeHtml } from '../../../core/analyze';
import { parseHostList } from '../../lib/settings';
import { reportToCsv } from './to-csv';
import { reportToMarkdown } from './to-markdown';
import { reportToSarif } from './to-sarif';

const html = `<a href="/pricing">Pricing</a> <a href="https://shop.example.com/">=HYPERLINK("x")</a> <a href="https://shop.example.com/a,b">a "quoted" text</a>`;

describe('exports', () => {
  const report = analyzeHtml(html, { name: 'planted.html' });

  it('CSV: one row per link, quoted where needed, formulas neutralised', () => {
    const lines = reportToCsv(report).trim().split('\r\n');
    expect(lines).toHaveLength(report.links.length + 1);
    expect(lines[0]).toBe('id,status,href,url,text,kind,element,outlook_only,tracked,line,column,rules');
    expect(lines[1]).toMatch(/^L1,error,\/pricing,,Pricing,relative,a,false,,1,10,.*relative-url/);
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines[3]).toContain('"https://shop.example.com/a,b"');
  });

  it('Markdown: summary and a findings table', () => {
    const md = reportToMarkdown(report);
    expect(md).toMatch(/^# Link report: planted\.html\n/);
    expect(md).toContain('| error | relative-url | L1 | 1:10 |');
  });

  it('SARIF 2.1.0: a result per finding with rule index and position', () => {
    const sarif = JSON.parse(reportToSarif(report, new Map())) as {
      version: string;
      runs: Array<{
        tool: { driver: { rules: Array<{ id: string }> } };
        results: Array<Record<string, unknown>>;
      }>;
    };
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run?.results).toHaveLength(report.findings.length);
    const relative = run?.results.find((r) => r['ruleId'] === 'relative-url');
    expect(relative?.['level']).toBe('error');
    expect(run?.tool.driver.rules[relative?.['ruleIndex'] as number]?.id).toBe('relative-url');
  });
});

describe('settings', () => {
  it('host lists drop schemes, paths, case and separators', () => {
    expect(parseHostList(' https://Click.Example.com/x, links.example.org;\nfoo.example ')).toEqual([
      'click.example.com',
      'links.example.org',
      'foo.example',
    ]);
  });
});
