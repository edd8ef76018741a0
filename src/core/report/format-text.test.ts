import { describe, expect, it } from 'vitest';
import { formatText } from './format-text';
import { SAMPLE_SOURCE, sampleReport } from './fixtures/sample-report';

describe('formatText', () => {
  it('matches the snapshot', async () => {
    await expect(formatText(sampleReport(), { source: SAMPLE_SOURCE })).toMatchFileSnapshot(
      '__snapshots__/sample.txt',
    );
  });

  it('prints one file:line:col line per finding and a summary line', () => {
    const report = sampleReport();
    const lines = formatText(report, { source: SAMPLE_SOURCE }).trimEnd().split('\n');
    const findingLines = lines.filter((l) => l.startsWith('emails/promo.html:'));
    expect(findingLines).toHaveLength(report.findings.length);
    expect(findingLines[0]).toBe(
      'emails/promo.html:3:13  error    untracked-link  Links to shop.example.com are not wrapped by click.shop.example.com: clicks on it are not counted',
    );
    expect(lines.at(-1)).toBe(
      '8 problems (3 errors, 4 warnings, 1 info) in 5 links (mode sent, platform sendgrid, tracking click.shop.example.com).',
    );
  });

  it('underlines the whole href value under its source line', () => {
    const out = formatText(sampleReport(), { source: SAMPLE_SOURCE });
    const lines = out.split('\n');
    const at = lines.findIndex((l) => l.includes('relative-url'));
    const sourceLine = lines[at + 2] ?? '';
    const caretLine = lines[at + 3] ?? '';
    expect(sourceLine.startsWith('> 3 |')).toBe(true);
    const start = caretLine.indexOf('^');
    expect(sourceLine.slice(start, start + '/pricing'.length)).toBe('/pricing');
    expect(caretLine.trim().endsWith('^'.repeat('/pricing'.length))).toBe(true);
  });

  it('has no ANSI escapes unless colour is asked for', () => {
    expect(formatText(sampleReport(), { source: SAMPLE_SOURCE })).not.toContain('\u001b[');
    expect(formatText(sampleReport(), { source: SAMPLE_SOURCE, color: true })).toContain('\u001b[31m');
  });

  it('says so when there are no problems', () => {
    const report = {
      ...sampleReport(),
      findings: [],
      summary: { links: 5, errors: 0, warnings: 0, infos: 0 },
    };
    expect(formatText(report)).toBe(
      'No problems in 5 links (mode sent, platform sendgrid, tracking click.shop.example.com).\n',
    );
  });

  it('prints findings without code frames when the source is not given', () => {
    const out = formatText(sampleReport());
    expect(out).not.toContain(' | ');
  });
});
