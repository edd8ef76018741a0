import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportOf } from '../rules/rule-kit.test-helpers';
import type { Report } from '../types';
import { fixAllSafe } from './compute-fixes';

/** The text of the HTML outside every href value, in order. */
function outsideHrefValues(html: string, report: Report): string[] {
  const parts: string[] = [];
  let last = 0;
  const ranges = report.links
    .flatMap((l) => (l.raw ? [l.raw.valueRange] : []))
    .sort((a, b) => a.start - b.start);
  for (const r of ranges) {
    parts.push(html.slice(last, r.start));
    last = r.end;
  }
  parts.push(html.slice(last));
  return parts;
}

const defectiveHref = fc.constantFrom(
  '  https://shop.example.com/a  ',
  '\u201Chttps://shop.example.com/b\u201D',
  'www.shop.example.com/c',
  '//shop.example.com/d',
  'https://shop.example.com/?a=1&amp;amp;b=2',
  'https://shop.example.com/?a=3D1',
  'https://shop.example.com/p#top?utm_source=x',
  'https://shop.example.com/a b',
  'https://shop.example.com/caf\u00E9',
  'http://shop.example.com/e',
  'https://SHOP.example.com/f?b=2&amp;a=1',
  'https://shop.example.com/f?a=1&amp;b=2',
  '{{ url }}',
  '*|ARCHIVE|*',
  '/relative',
  '#top',
  'mailto:a@shop.example.com',
);
const quote = fc.constantFrom('"', "'");
const text = fc.constantFrom('Shop', 'Read more', '', '<img alt="x" src="cid:1">', 'caf\u00E9 & co');
const filler = fc.constantFrom('<p>Hi</p>', '\n', '<table><tr><td>x</td></tr></table>', ' ', '<br>', '&amp;');
const anchor = fc.tuple(defectiveHref, quote, text, fc.boolean()).map(([href, q, t, spaced]) => {
  const value = q === '"' ? href.replace(/"/g, '&quot;') : href.replace(/'/g, '&#39;');
  return `<a ${spaced ? 'href = ' : 'href='}${q}${value}${q}>${t}</a>`;
});
const html = fc
  .array(fc.tuple(filler, anchor), { minLength: 1, maxLength: 8 })
  .map((parts) => `<html><body>${parts.map(([f, a]) => f + a).join('')}</body></html>`);

describe('fix-all properties', () => {
  it('never touches text outside href values, and fixing twice changes nothing more', () => {
    fc.assert(
      fc.property(html, (input) => {
        const before = reportOf(input);
        const fixed = fixAllSafe(input);
        const after = reportOf(fixed.html);
        expect(after.links.length).toBe(before.links.length);
        expect(outsideHrefValues(fixed.html, after)).toEqual(outsideHrefValues(input, before));
        expect(fixAllSafe(fixed.html).html).toBe(fixed.html);
      }),
      { numRuns: 150 },
    );
  });
});
