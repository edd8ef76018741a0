import { describe, expect, it } from 'vitest';
import { SARIF_SCHEMA, formatSarif, toSarif } from './format-sarif';
import { SAMPLE_CATALOGUE, SAMPLE_SOURCE, sampleReport } from './fixtures/sample-report';
import { defined } from './fixtures/defined';

describe('formatSarif', () => {
  it('matches the snapshot', async () => {
    await expect(
      formatSarif(sampleReport(), { catalogue: SAMPLE_CATALOGUE, toolVersion: '0.1.0' }),
    ).toMatchFileSnapshot('__snapshots__/sample.sarif');
  });

  it('is structurally valid SARIF 2.1.0', () => {
    const report = sampleReport();
    const log = toSarif(report, { catalogue: SAMPLE_CATALOGUE });
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe(SARIF_SCHEMA);
    expect(log.runs).toHaveLength(1);
    const run = defined(log.runs[0]);
    const ruleIds = run.tool.driver.rules.map((r) => r.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    expect(run.results).toHaveLength(report.findings.length);
    for (const result of run.results) {
      expect(ruleIds).toContain(result.ruleId);
      expect(defined(run.tool.driver.rules[result.ruleIndex]).id).toBe(result.ruleId);
      expect(['error', 'warning', 'note']).toContain(result.level);
      const location = defined(result.locations[0]).physicalLocation;
      expect(location.artifactLocation.uri).toBe('emails/promo.html');
      expect(location.region.startLine).toBeGreaterThanOrEqual(1);
      expect(location.region.startColumn).toBeGreaterThanOrEqual(1);
    }
    for (const rule of run.tool.driver.rules) {
      expect(rule.helpUri).toMatch(new RegExp(`/src/core/rules/${rule.id}/${rule.id}\\.md$`));
      expect(rule.shortDescription.text).not.toBe('');
    }
  });

  it('maps severities to SARIF levels and spans the href value', () => {
    const run = defined(toSarif(sampleReport(), { catalogue: SAMPLE_CATALOGUE }).runs[0]);
    const relative = defined(run.results.find((r) => r.ruleId === 'relative-url'));
    expect(relative.level).toBe('error');
    const column = defined(SAMPLE_SOURCE.split('\n')[2]).indexOf('/pricing') + 1;
    expect(defined(relative.locations[0]).physicalLocation.region).toEqual({
      startLine: 3,
      startColumn: column,
      endColumn: column + '/pricing'.length,
    });
    expect(defined(run.results.find((r) => r.ruleId === 'open-pixel-missing')).level).toBe('note');
    const info = defined(run.tool.driver.rules.find((r) => r.id === 'open-pixel-missing'));
    expect(info.defaultConfiguration.level).toBe('note');
  });

  it('describes rules missing from the catalogue rather than dropping their results', () => {
    const run = defined(toSarif(sampleReport(), { catalogue: [] }).runs[0]);
    expect(run.results).toHaveLength(sampleReport().findings.length);
    expect(
      run.tool.driver.rules.find((r) => r.id === 'tracking-cname-mismatch')?.defaultConfiguration.level,
    ).toBe('error');
  });

  it('writes Windows and ./ paths as relative URIs', () => {
    const report = { ...sampleReport(), input: { ...sampleReport().input, name: '.\\mails\\my promo.html' } };
    const uri = defined(defined(toSarif(report, { catalogue: [] }).runs[0]).artifacts[0]).location.uri;
    expect(uri).toBe('mails/my%20promo.html');
  });
});
