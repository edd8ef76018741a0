import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'empty-href';

describe(ID, () => {
  it.each([
    ['<a href="">Shop</a>', 10, 'empty ("")'],
    ['<a href="#">Shop</a>', 10, 'only "#"'],
    ["<a href=''>Shop</a>", 10, 'empty'],
    ['<a href="   ">Shop</a>', 10, 'empty ("   ")'],
    ['<a href=" # ">Shop</a>', 10, 'only " # "'],
    ['<a href>Shop</a>', 8, 'empty'],
    ['<a href=#>Shop</a>', 9, 'only "#"'],
  ])('reports %s', (html, column, says) => {
    const found = findingsOf(ID, html);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: ID, severity: 'error', link: 'L1', line: 1, column });
    expect(found[0]?.message).toContain(`The link "Shop" has an href that is ${says}`);
  });

  it('reports <area> and VML shapes with an empty href', () => {
    const html =
      '<map><area href="" coords="0,0,1,1"></map>\n<!--[if mso]><v:oval href="#"></v:oval><![endif]-->';
    expect(findingsOf(ID, html).map((f) => [f.link, f.line, f.column])).toEqual([
      ['L1', 1, 18],
      ['L2', 2, 28],
    ]);
  });

  it.each(['#top', 'https://shop.com/', '{{url}}', '/x'])('is silent on %s', (href) => {
    expect(findingsOf(ID, `<a href="${href}">x</a>`)).toEqual([]);
  });

  it('is silent on an <a> with no href at all (missing-href)', () => {
    expect(findingsOf(ID, '<a>x</a>')).toEqual([]);
  });

  it.each([
    '<a href="#" style="color:#999; text-decoration: none;">12 Harbour Street, Suite 4</a>',
    '<a href="#" style="text-decoration:none">Springfield, OR 97477</a>',
    '<a href="" style="TEXT-DECORATION:NONE">+1 (555) 010-4477</a>',
    '<a href="#" style="text-decoration:none">555.010.4477</a>',
    '<a href="#" style="text-decoration:none">PO Box 1234</a>',
  ])('is silent on an auto-link blocker around an address or phone number: %s', (html) => {
    expect(findingsOf(ID, html)).toEqual([]);
  });

  it.each([
    // Styled like a link: a placeholder someone forgot.
    '<a href="#">12 Harbour Street</a>',
    // Styled like text, but words a reader is meant to click.
    '<a href="#" style="text-decoration:none">Shop the sale</a>',
    '<a href="#" style="text-decoration:none">Call 2 friends</a>',
  ])('still reports %s', (html) => {
    expect(findingsOf(ID, html)).toHaveLength(1);
  });
});
