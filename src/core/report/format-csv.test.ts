import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, formatCsv } from './format-csv';
import { sampleReport } from './fixtures/sample-report';
import { defined } from './fixtures/defined';

/** A small RFC 4180 reader, to check the output parses back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = defined(text[i]);
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('formatCsv', () => {
  it('matches the snapshot', async () => {
    await expect(formatCsv(sampleReport())).toMatchFileSnapshot('__snapshots__/sample.csv');
  });

  it('has a row per finding plus one per link without findings, all the same width', () => {
    const report = sampleReport();
    const rows = parseCsv(formatCsv(report));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const body = rows.slice(1);
    for (const r of body) expect(r).toHaveLength(CSV_COLUMNS.length);
    expect(body.filter((r) => r[9] !== '')).toHaveLength(report.findings.length);
    expect(body.filter((r) => r[0] === 'L1')).toEqual([
      [
        'L1',
        '2',
        '13',
        'a',
        'https://click.shop.example.com/ls/click?upn=abc',
        'https://click.shop.example.com/ls/click?upn=abc',
        'web',
        'true',
        'false',
        '',
        '',
        '',
      ],
    ]);
    const general = body.filter((r) => r[0] === '');
    expect(general.map((r) => r[9])).toEqual(['open-pixel-missing', 'tracking-cname-mismatch']);
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  });
});
