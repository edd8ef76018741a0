import { describe, expect, it } from 'vitest';
import { MERGE_TAG_HREFS, hrefAttribute } from '../../extract/merge-tag-samples.test-helpers';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'relative-url';

describe(ID, () => {
  it.each(['/pricing', 'page.html', '../x', 'images/logo.png', '?utm_source=x', 'localhost:3000/x'])(
    'reports the relative href %s at its value',
    (href) => {
      const found = findingsOf(ID, `<p>Hi</p>\n  <a href="${href}">Go</a>`);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ rule: ID, severity: 'error', link: 'L1', line: 2, column: 12 });
      expect(found[0]?.message).toContain(`"${href}" is relative`);
    },
  );

  it('suggests the full address', () => {
    const [f] = findingsOf(ID, '<a href="/pricing">x</a>');
    expect(f?.message).toContain('"https://www.your-site.com/pricing"');
  });

  it('reports <area> and VML hrefs too', () => {
    const html =
      '<map><area href="/a" coords="0,0,1,1"></map>\n<!--[if mso]><v:rect href="/b"></v:rect><![endif]-->';
    const found = findingsOf(ID, html);
    expect(found.map((f) => [f.link, f.line, f.column])).toEqual([
      ['L1', 1, 18],
      ['L2', 2, 28],
    ]);
  });

  it.each([
    'https://shop.com/x',
    'mailto:a@shop.com',
    'tel:+441234',
    '#top',
    '',
    '#',
    'www.shop.com/x',
    'shop.com/x',
    '//shop.com/x',
    'info@shop.com',
    'http//shop.com',
    'htps://shop.com',
    'https:/shop.com',
    'javascript:void(0)',
  ])('is silent on %j (another rule, or fine)', (href) => {
    expect(findingsOf(ID, `<a href="${href}">x</a>`)).toEqual([]);
  });

  it.each(MERGE_TAG_HREFS)('never reports the merge tag %s as relative', (href) => {
    expect(findingsOf(ID, `<a ${hrefAttribute(href)}>x</a>`)).toEqual([]);
  });

  it('judges the part outside a merge tag: a path with a tag is still relative', () => {
    const found = findingsOf(ID, '<a href="/unsubscribe?id={{id}}">x</a>');
    expect(found.map((f) => f.column)).toEqual([10]);
  });

  it('leaves quoted-printable debris (href=3D"…") to qp-artifact', () => {
    expect(findingsOf(ID, '<a href=3D"https://shop.com/">x</a>')).toEqual([]);
  });
});
