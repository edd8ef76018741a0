import { describe, expect, it, vi } from 'vitest';
import type * as ExtractLinksModule from './extract/extract-links';
import type * as RulesModule from './rules';
import { analyzeHtml, withFacts } from './analyze';
import type { Facts } from './facts';
import { chainFacts } from './rules/link-check-facts.test-helpers';
import { senderFacts, trackingFacts } from './rules/online-facts.test-helpers';

// Counts the parses (the real extraction runs) and adds one rule that throws, to see it reported.
const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('./extract/extract-links', async (importOriginal) => {
  const real = await importOriginal<typeof ExtractLinksModule>();
  return {
    ...real,
    extractLinks: (...args: Parameters<typeof real.extractLinks>) => {
      parses.count++;
      return real.extractLinks(...args);
    },
  };
});
vi.mock('./rules', async (importOriginal) => {
  const real = await importOriginal<typeof RulesModule>();
  const { defineRule } = await import('./rules/define-rule');
  // Test rules: only their id, summary and check differ.
  const meta = {
    defaultSeverity: 'error',
    category: 'structure',
    effect: 'other',
    impact: 'Test.',
    remedy: 'Test.',
    fixHint: 'Test',
    severityRationale: 'Error: a test rule.',
    messages: {},
  } as const;
  const throwing = defineRule({
    ...meta,
    id: 'throws-on-boom',
    summary: 'Throws when the email contains "boom".',
    title: 'Test',
    check(ctx) {
      if (ctx.html.includes('boom')) throw new Error('it went boom');
    },
  });
  // A message ID the rule does not declare (the type checker refuses it unless the IDs are plain strings).
  const undeclared = defineRule<string>({
    ...meta,
    id: 'undeclared-message',
    summary: 'Names a message it does not declare when the email says "undeclared".',
    title: 'Test of an undeclared message',
    check(ctx) {
      if (ctx.html.includes('undeclared')) ctx.report({ messageId: 'undeclared-message/nope', data: {} });
    },
  });
  const rules = [...real.rules, throwing, undeclared];
  return { ...real, rules, ruleById: new Map(rules.map((r) => [r.id, r])) };
});

describe('analyzeHtml', () => {
  it('reports a rule that throws as one internal-error warning and keeps the other findings', () => {
    const report = analyzeHtml('<a href="www.shop.example.com">boom</a>');
    const internal = report.findings.filter((f) => f.rule === 'internal-error');
    expect(internal).toEqual([
      expect.objectContaining({
        messageId: 'internal-error/throws-on-boom',
        severity: 'warning',
        link: null,
        message: 'Rule throws-on-boom failed on this input: it went boom',
      }),
    ]);
    expect(internal[0]?.title).not.toBe('');
    expect(report.findings.some((f) => f.rule === 'missing-scheme')).toBe(true);
    expect(report.summary.warnings).toBe(report.findings.filter((f) => f.severity === 'warning').length);
    expect(analyzeHtml('<a href="https://shop.example.com/">fine</a>').findings).toEqual([]);
  });

  it('reports a rule that names a message it does not declare as an internal-error warning', () => {
    const internal = analyzeHtml('<p>undeclared</p>').findings.filter((f) => f.rule === 'internal-error');
    expect(internal).toEqual([
      expect.objectContaining({
        messageId: 'internal-error/undeclared-message',
        message:
          'Rule undeclared-message failed on this input: it reported the message ID "undeclared-message/nope", which it does not declare',
      }),
    ]);
  });

  it('sorts findings at the same place by severity before the rule id', () => {
    const html = '<p>x</p><a href="http://bit.ly/sale">Sale</a>';
    const same = analyzeHtml(html).findings.map((f) => [f.rule, f.severity]);
    // Same place, same severity: by rule id.
    expect(same).toEqual([
      ['insecure-http', 'warning'],
      ['link-shortener', 'warning'],
    ]);
    // Same place, link-shortener raised to error: it comes first although its id sorts later.
    const raised = analyzeHtml(html, { rules: { 'link-shortener': 'error' } }).findings.map((f) => f.rule);
    expect(raised).toEqual(['link-shortener', 'insecure-http']);
    const lowered = analyzeHtml(html, { rules: { 'insecure-http': 'info' } }).findings.map((f) => f.rule);
    expect(lowered).toEqual(['link-shortener', 'insecure-http']);
  });

  it('fills the plain wording of every finding from its rule', () => {
    const report = analyzeHtml('<a href="www.shop.example.com/x">Sale</a><a href="">here</a>');
    expect(report.findings.length).toBeGreaterThan(1);
    for (const f of report.findings) {
      expect(f.messageId.startsWith(f.rule)).toBe(true);
      expect(f.title.length).toBeGreaterThan(0);
      expect(f.impact.length).toBeGreaterThan(0);
      expect(f.remedy.length).toBeGreaterThan(0);
    }
  });
});

describe('message IDs', () => {
  it("derive the developer sentence and the plain wording from the rule's message and the finding's data", () => {
    const [host, email] = analyzeHtml(
      '<a href="www.shop.example.com/x">A</a><a href="info@shop.example.com">B</a>',
    ).findings;
    expect(host).toMatchObject({
      messageId: 'missing-scheme',
      title: 'Link missing its https:// start',
      data: { href: 'www.shop.example.com/x', fixed: 'https://www.shop.example.com/x' },
    });
    expect(host?.message).toContain('Write "https://www.shop.example.com/x"');
    expect(email).toMatchObject({
      messageId: 'missing-scheme/email',
      title: 'Email address without "mailto:"',
    });
    expect(email?.message).toContain('Write "mailto:info@shop.example.com"');
  });
});

describe('withFacts', () => {
  const html = [
    '<a href="https://shop.example.com/gone">Gone</a>',
    '<a href="https://shop.example.com/ok">Fine</a>',
    '<a href="https://shop.example.com/gone">Gone again</a>',
    '<a href="shop.example.com/x">No scheme</a>',
  ].join('\n');

  it('judges and attaches the facts, re-sorts and re-counts, without parsing again or changing its input', () => {
    const offline = analyzeHtml(html);
    const before = JSON.stringify(offline);
    const facts: Facts = {
      links: {
        'https://shop.example.com/gone': chainFacts(['https://shop.example.com/gone'], 404),
        'https://shop.example.com/ok': chainFacts(['https://shop.example.com/ok'], 200),
      },
      sender: [senderFacts({ dmarc: { record: null, foundAt: null, policy: null, error: null } })],
      trackingDomains: [trackingFacts()],
    };
    parses.count = 0;
    const report = withFacts(offline, facts);
    expect(parses.count).toBe(0);
    expect(JSON.stringify(offline)).toBe(before);

    const broken = report.findings.filter((f) => f.rule === 'broken-link');
    expect(broken.map((f) => f.link)).toEqual(['L1', 'L3']);
    expect(broken[0]).toMatchObject({ effect: 'broken-or-risky', messageId: 'broken-link', line: 1 });
    expect(report.links[0]?.check?.findings?.map((f) => f.rule)).toEqual(['broken-link']);
    expect(report.links[1]?.check?.findings).toEqual([]);
    expect(report.links[3]?.check).toBeUndefined();
    expect(report.senderChecks?.[0]?.findings?.map((f) => f.rule)).toEqual(['dmarc-missing']);
    expect(report.trackingDomainChecks).toHaveLength(1);
    // Whole-email findings first, then by place.
    expect(report.findings[0]?.rule).toBe('dmarc-missing');
    const offsets = report.findings.map((f) => f.offset ?? -1);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(report.summary).toEqual({
      links: 4,
      errors: report.findings.filter((f) => f.severity === 'error').length,
      warnings: report.findings.filter((f) => f.severity === 'warning').length,
      infos: report.findings.filter((f) => f.severity === 'info').length,
    });
    expect(report.summary.errors).toBe(offline.summary.errors + 3);
  });

  it('replaces facts given earlier instead of adding to them', () => {
    const offline = analyzeHtml(html);
    const first = withFacts(offline, {
      links: { 'https://shop.example.com/gone': chainFacts(['https://shop.example.com/gone'], 404) },
    });
    const second = withFacts(first, {
      links: { 'https://shop.example.com/gone': chainFacts(['https://shop.example.com/gone'], 200) },
    });
    expect(second.findings.filter((f) => f.rule === 'broken-link')).toEqual([]);
    expect(second.findings).toEqual(offline.findings);
    expect(second.summary).toEqual(offline.summary);
    expect(withFacts(first, {})).toEqual(offline);
  });

  it('applies severity settings to the online rules', () => {
    const offline = analyzeHtml(html);
    const facts: Facts = {
      links: { 'https://shop.example.com/gone': chainFacts(['https://shop.example.com/gone'], 404) },
    };
    const off = withFacts(offline, facts, { rules: { 'broken-link': 'off' } });
    expect(off.findings.filter((f) => f.rule === 'broken-link')).toEqual([]);
    const info = withFacts(offline, facts, { rules: { 'broken-link': 'info' } });
    expect(info.findings.filter((f) => f.rule === 'broken-link').map((f) => f.severity)).toEqual([
      'info',
      'info',
    ]);
  });

  it("gives a wrapper link its decoded destination's check when it has none of its own", () => {
    const target = 'https://shop.example.com/sale';
    const wrapped = `https://nam02.safelinks.protection.outlook.com/?url=${encodeURIComponent(target)}&data=x`;
    const offline = analyzeHtml(`<a href="${wrapped}">Sale</a>`);
    expect(offline.links[0]?.destination?.url).toBe(target);
    const report = withFacts(offline, { links: { [target]: chainFacts([target], 410) } });
    expect(report.links[0]?.check?.finalStatus).toBe(410);
    expect(report.findings.some((f) => f.rule === 'broken-link' && f.link === 'L1')).toBe(true);
  });
});
