import { describe, expect, it } from 'vitest';
import { analyzeHtml, withFacts } from './analyze';
import { chainFacts } from './rules/link-check-facts.test-helpers';
import { checkVerdict, linkVerdict, verdictOf } from './verdict';

describe('verdicts', () => {
  it('is the worst severity among the findings, ok without any', () => {
    expect(verdictOf([])).toBe('ok');
    expect(verdictOf([{ severity: 'info' }, { severity: 'warning' }, { severity: 'info' }])).toBe('warning');
    expect(verdictOf([{ severity: 'warning' }, { severity: 'error' }])).toBe('error');
  });

  it('judges a link check by the online rules alone: a bot wall is info, a 404 an error', () => {
    const walled = chainFacts(['https://www.linkedin.com/in/x'], 999);
    const offline = analyzeHtml(
      '<a href="https://www.linkedin.com/in/x">Us</a><a href="https://shop.example.com/gone">Gone</a><a href="https://shop.example.com/">Home</a>',
    );
    const report = withFacts(offline, {
      links: {
        'https://www.linkedin.com/in/x': walled,
        'https://shop.example.com/gone': chainFacts(['https://shop.example.com/gone'], 404),
        'https://shop.example.com/': chainFacts(['https://shop.example.com/'], 200),
      },
    });
    const [l1, l2, l3] = report.links;
    expect(l1?.check && checkVerdict(l1.check)).toBe('info');
    expect(l2?.check && checkVerdict(l2.check)).toBe('error');
    expect(l3?.check && checkVerdict(l3.check)).toBe('ok');
    expect(linkVerdict(report, 'L1')).toBe('info');
    expect(linkVerdict(report, 'L2')).toBe('error');
    expect(linkVerdict(report, 'L3')).toBe('ok');
  });

  it('counts a finding for the links it covers besides its own', () => {
    const report = {
      findings: [
        { severity: 'warning' as const, link: 'L1', relatedLinks: ['L4'] },
        { severity: 'info' as const, link: null },
      ],
    };
    expect(linkVerdict(report as never, 'L4')).toBe('warning');
    expect(linkVerdict(report as never, 'L2')).toBe('ok');
  });
});
