import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'missing-href';

describe(ID, () => {
  it('reports an <a> without href at its start tag, naming its text', () => {
    const found = findingsOf(ID, '<p>Hello</p>\n  <a class="btn">Shop now</a>');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: ID, severity: 'warning', link: 'L1', line: 2, column: 3 });
    expect(found[0]?.message).toContain('This <a> around "Shop now" has no href');
  });

  it('reports an image link without href', () => {
    const [f] = findingsOf(ID, '<a><img src="https://cdn.shop.com/a.png" alt="Sale"></a>');
    expect(f).toMatchObject({ line: 1, column: 1 });
    expect(f?.message).toContain('around an image');
  });

  it('reports an <a> with a misspelt href attribute', () => {
    expect(findingsOf(ID, '<a hrf="https://shop.com/">x</a>').map((f) => f.link)).toEqual(['L1']);
  });

  it.each([
    '<a name="top"></a>',
    '<a id="section-2"></a>',
    '<a href="">x</a>',
    '<a href>x</a>',
    '<a href="https://shop.com/">x</a>',
    '<area coords="0,0,1,1">',
    '<!--[if mso]><v:roundrect style="x"><center>x</center></v:roundrect><![endif]-->',
  ])('is silent on %s (named anchor, has an href, or not an <a>)', (html) => {
    expect(findingsOf(ID, html)).toEqual([]);
  });
});
