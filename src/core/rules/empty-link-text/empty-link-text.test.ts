import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'empty-link-text';

describe(ID, () => {
  // A link with nothing in it and no box of its own shows nothing: it is not content (Link.hidden).
  // The case that matters is a button drawn by its style with no text in it.
  it('does not report a link that holds only white space and draws nothing', () => {
    expect(findingsOf(ID, '<p>Hello</p>\n<td><a href="https://x.com/a"> &nbsp; </a></td>')).toEqual([]);
  });

  it('reports a link with no text at all', () => {
    const found = findingsOf(
      ID,
      '<p>Hello</p>\n<td><a href="https://x.com/a" style="display:inline-block;padding:12px 24px;background:#0a7"> &nbsp; </a></td>',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: ID, severity: 'warning', link: 'L1', line: 2, column: 14 });
    expect(found[0]?.message).toContain('https://x.com/a has no text');
    expect(found[0]?.message).toContain('announce only "link"');
  });

  it('reports a link that holds only an image without alt text', () => {
    const found = findingsOf(
      ID,
      '<a href="https://x.com/b"><img src="logo.png"></a>\n<a href="https://x.com/c"><img src="c.png" alt=""></a>',
    );
    expect(found.map((f) => [f.link, f.line])).toEqual([
      ['L1', 1],
      ['L2', 2],
    ]);
    expect(found[0]?.message).toContain('only an image without alt text');
  });

  it('accepts text, image alt, aria-label, title and aria-labelledby', () => {
    const html = [
      '<a href="https://x.com/1">Shop</a>',
      '<a href="https://x.com/2"><img src="a.png" alt="Winter coats"></a>',
      '<a href="https://x.com/3" aria-label="Cart"><svg></svg></a>',
      '<a href="https://x.com/4" title="Home"></a>',
      '<span id="t">Our store</span><a href="https://x.com/5" aria-labelledby="t"></a>',
      '<map name="m"><area href="https://x.com/6" alt="Shoes" shape="rect" coords="0,0,1,1"></map>',
    ].join('\n');
    expect(findingsOf(ID, html)).toEqual([]);
  });

  it('skips <a> without href (named anchors) and links hidden from screen readers', () => {
    expect(findingsOf(ID, '<a name="top"></a>')).toEqual([]);
    expect(
      findingsOf(ID, '<a href="https://x.com/p" aria-hidden="true" tabindex="-1"><img src="p.png"></a>'),
    ).toEqual([]);
  });

  it('judges a VML button by the text inside it', () => {
    const empty =
      '<!--[if mso]><v:roundrect href="https://x.com/v"><w:anchorlock/><center></center></v:roundrect><![endif]-->';
    expect(findingsOf(ID, empty).map((f) => [f.link, f.column])).toEqual([['L1', 33]]);
    const full =
      '<!--[if mso]><v:roundrect href="https://x.com/v"><w:anchorlock/><center>Shop</center></v:roundrect><![endif]-->';
    expect(findingsOf(ID, full)).toEqual([]);
  });

  it('does not report a VML shape left open in its comment: its text is the HTML button it wraps', () => {
    const html = [
      '<!--[if mso]><v:roundrect href="https://x.com/s" fill="t"><w:anchorlock/><center><![endif]-->',
      '<a href="https://x.com/s">Shop the sale</a>',
      '<!--[if mso]></center></v:roundrect><![endif]-->',
    ].join('\n');
    expect(findingsOf(ID, html)).toEqual([]);
  });
});
