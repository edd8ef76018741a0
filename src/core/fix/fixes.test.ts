import { describe, expect, it } from 'vitest';
import { reportOf } from '../rules/rule-kit.test-helpers';
import { computeFixes, fixAllSafe } from './compute-fixes';

const wrap = (a: string): string =>
  `<!DOCTYPE html>\n<html><body>\n<p>Before &amp; after</p>\n${a}\n<p>The end</p>\n</body></html>\n`;

/** Each safe fix: the finding is gone after it, and nothing outside the href value changed. */
const SAFE_CASES: Array<[rule: string, link: string, fixedHref: string]> = [
  ['whitespace-in-url', '<a href="  https://shop.example.com/a  ">A</a>', 'https://shop.example.com/a'],
  [
    'smart-quotes-in-url',
    '<a href="\u201Chttps://shop.example.com/a\u201D">A</a>',
    'https://shop.example.com/a',
  ],
  ['missing-scheme', '<a href="www.shop.example.com/a">A</a>', 'https://www.shop.example.com/a'],
  [
    'double-encoded-entity',
    '<a href="https://shop.example.com/?a=1&amp;amp;b=2">A</a>',
    'https://shop.example.com/?a=1&amp;b=2',
  ],
  ['qp-artifact', '<a href="https://shop.example.com/?a=3D1">A</a>', 'https://shop.example.com/?a=1'],
  [
    'utm-after-fragment',
    '<a href="https://shop.example.com/p#top?utm_source=news">A</a>',
    'https://shop.example.com/p?utm_source=news#top',
  ],
  ['unencoded-characters', '<a href="https://shop.example.com/a b">A</a>', 'https://shop.example.com/a%20b'],
];

describe('safe fixes', () => {
  it.each(SAFE_CASES)(
    '%s: the finding is gone and the rest of the file is unchanged',
    (rule, link, fixedHref) => {
      const html = wrap(link);
      const before = reportOf(html);
      expect(before.findings.map((f) => f.rule)).toContain(rule);
      const l = before.links[0];
      if (!l?.raw) throw new Error('fixture has no href');
      const result = fixAllSafe(html);
      expect(result.applied.map((f) => f.rule)).toContain(rule);
      expect(result.html.startsWith(html.slice(0, l.raw.valueRange.start))).toBe(true);
      expect(result.html.endsWith(html.slice(l.raw.valueRange.end))).toBe(true);
      const after = reportOf(result.html);
      expect(after.findings.map((f) => f.rule)).not.toContain(rule);
      expect(after.links[0]?.raw?.rawValue).toBe(fixedHref);
      // Fixing again changes nothing.
      expect(fixAllSafe(result.html).html).toBe(result.html);
    },
  );

  it('rewrites an inconsistent duplicate to the form used first', () => {
    const html = wrap(
      '<a href="https://shop.example.com/a?x=1&amp;y=2">A</a>\n<a href="https://SHOP.example.com/a?y=2&amp;x=1">B</a>',
    );
    const result = fixAllSafe(html);
    expect(result.applied.map((f) => f.rule)).toEqual(['inconsistent-duplicate']);
    const after = reportOf(result.html);
    expect(after.links.map((l) => l.raw?.rawValue)).toEqual([
      'https://shop.example.com/a?x=1&amp;y=2',
      'https://shop.example.com/a?x=1&amp;y=2',
    ]);
    expect(after.findings.map((f) => f.rule)).not.toContain('inconsistent-duplicate');
  });

  it("points a VML button at its HTML button's destination", () => {
    const html = wrap(
      [
        '<!--[if mso]><v:roundrect href="https://shop.example.com/old" style="width:200px"><center>Buy</center></v:roundrect><![endif]-->',
        '<!--[if !mso]><!--><a href="https://shop.example.com/new">Buy</a><!--<![endif]-->',
      ].join('\n'),
    );
    const before = reportOf(html);
    expect(before.findings.map((f) => f.rule)).toContain('vml-link-mismatch');
    const result = fixAllSafe(html);
    expect(result.html).toContain('<v:roundrect href="https://shop.example.com/new"');
    expect(reportOf(result.html).findings.map((f) => f.rule)).not.toContain('vml-link-mismatch');
  });
});

describe('meaning-changing fixes', () => {
  it('offers http→https and removing an opt-out, but fix-all applies neither', () => {
    const html = wrap('<a clicktracking="off" href="http://shop.example.com/a">A</a>');
    const report = reportOf(html);
    const offered = computeFixes(report, html);
    expect(
      offered
        .filter((f) => !f.safe)
        .map((f) => f.rule)
        .sort(),
    ).toEqual(['insecure-http', 'tracking-disabled']);
    const optOut = offered.find((f) => f.rule === 'tracking-disabled');
    expect(optOut?.edits).toHaveLength(1);
    const result = fixAllSafe(html);
    expect(result.html).toBe(html);
    expect(result.offered.map((f) => f.rule).sort()).toEqual(['insecure-http', 'tracking-disabled']);
  });
});
