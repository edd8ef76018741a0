import { describe, expect, it } from 'vitest';
import { analyzeHtml } from '../../core/analyze';
import { rules } from '../../core/rules';
import { buildIssues } from './issues';

const words = new Map(rules.map((r) => [r.id, { category: r.category, summary: r.summary }]));

describe('the verdict and the issues list', () => {
  it('says an email without warnings or errors is ready to send', () => {
    const report = analyzeHtml(
      '<p><a href="https://shop.example.com/?utm_source=a&utm_medium=email&utm_campaign=may">Shop the sale</a></p>',
      {},
    );
    const { verdict } = buildIssues(report, words);
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(verdict.ready).toBe(true);
    expect(verdict.sentence).toMatch(/^Ready to send/);
  });

  it('counts the links each effect hits, numbers the issues worst first and pins each link with its first number', () => {
    const report = analyzeHtml(
      '<p><a href="/pricing">Pricing</a> <a href="www.shop.example.com/new">New</a> <a href="https://shop.example.com/ok">Fine</a></p>',
      {},
    );
    const { verdict, groups, pins } = buildIssues(report, words);
    expect(verdict.ready).toBe(false);
    expect(verdict.sentence).toMatch(/\b2 links are broken or risky\b/);
    const numbers = groups.flatMap((g) => g.issues.map((i) => i.n));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    const severities = groups.map((g) => g.worst);
    expect([...severities].sort()).toEqual(severities.slice().sort());
    const first = groups[0]?.issues[0];
    expect(first?.finding.severity).toBe('error');
    expect(pins.get(first?.links[0] ?? '')?.n).toBe(1);
    expect(verdict.sentence).not.toMatch(/--[a-z]/);
  });
});
