import { describe, expect, it } from 'vitest';
import { analyzeHtml } from './analyze';
import type { Facts } from './facts';
import { withFacts } from './with-facts';

const html = `<a href="https://shop.example.com/gone">Gone</a> <a href="https://shop.example.com/ok">Fine</a> <a href="/rel">Rel</a>`;

const facts: Facts = {
  links: {
    'https://shop.example.com/gone': {
      url: 'https://shop.example.com/gone',
      hops: [{ url: 'https://shop.example.com/gone', status: 404, location: null, ms: 12 }],
      finalUrl: 'https://shop.example.com/gone',
      finalStatus: 404,
      ms: 12,
      error: null,
    },
    'https://shop.example.com/ok': {
      url: 'https://shop.example.com/ok',
      hops: [{ url: 'https://shop.example.com/ok', status: 200, location: null, ms: 9 }],
      finalUrl: 'https://shop.example.com/ok',
      finalStatus: 200,
      ms: 9,
      error: null,
    },
  },
};

describe('withFacts', () => {
  it('judges facts into the offline report as analysing with them does, without changing the offline report', () => {
    const offline = analyzeHtml(html, { name: 'a.html' });
    const before = JSON.stringify(offline);
    const judged = withFacts(offline, facts);
    expect(judged).toEqual(analyzeHtml(html, { name: 'a.html' }, facts));
    expect(judged.findings.some((f) => f.rule === 'broken-link')).toBe(true);
    expect(judged.summary.errors).toBeGreaterThan(offline.summary.errors);
    expect(JSON.stringify(offline)).toBe(before);
  });

  it('replaces the facts given earlier: judging again with fewer facts drops what they found', () => {
    const offline = analyzeHtml(html, { name: 'a.html' });
    const once = withFacts(offline, facts);
    const again = withFacts(offline, { links: {} });
    expect(once.findings.some((f) => f.rule === 'broken-link')).toBe(true);
    expect(again).toEqual(offline);
  });
});
