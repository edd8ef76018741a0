import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'html-parse-error';

describe(ID, () => {
  it('reports a duplicate href at the second attribute, naming the one browsers use', () => {
    const found = findingsOf(ID, '<p>x</p>\n<a href="https://a.shop.com/" href="https://b.shop.com/">x</a>');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: ID, severity: 'warning', link: 'L1', line: 2, column: 31 });
    expect(found[0]?.message).toContain('HTML parse error "duplicate-attribute"');
    expect(found[0]?.message).toContain('browsers use the first ("https://a.shop.com/")');
  });

  it('reports a duplicate href written in another case', () => {
    const found = findingsOf(ID, '<a href="https://a.shop.com/" HREF = "https://b.shop.com/">x</a>');
    expect(found.map((f) => f.data?.['code'])).toEqual(['duplicate-attribute']);
  });

  it('is silent on a duplicate attribute other than href', () => {
    expect(findingsOf(ID, '<a class="a" class="b" href="https://shop.com/">x</a>')).toEqual([]);
  });

  it('reports an unclosed quote that swallowed markup into the href', () => {
    const html = '<a href="https://a.shop.com/>A</a>\n<a href="https://b.shop.com/">B</a>';
    const found = findingsOf(ID, html);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ link: 'L1', line: 2, column: 29 });
    expect(found[0]?.message).toContain('"unexpected-character-in-attribute-name"');
    expect(found[0]?.message).toContain('which now reads "https://a.shop.com/>A</a>\\n<a href="');
  });

  it('reports a quote inside an unquoted href', () => {
    const found = findingsOf(ID, '<a href=https://shop.com/"x">x</a>');
    expect(found.map((f) => [f.data?.['code'], f.line, f.column])).toEqual([
      ['unexpected-character-in-unquoted-attribute-value', 1, 26],
    ]);
  });

  it('reports a link start tag cut off by the end of the file', () => {
    const found = findingsOf(ID, '<p>Bye</p>\n<a href="https://shop.com/"');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ link: null, line: 2, column: 1 });
    expect(found[0]?.message).toContain('"eof-in-tag"');
  });

  it('reports a nested <a> on the outer link', () => {
    const found = findingsOf(
      ID,
      '<p>\n<a href="https://a.shop.com/">A <a href="https://b.shop.com/">B</a></p>',
    );
    expect(found.map((f) => [f.link, f.line, f.column, f.data?.['code']])).toEqual([
      ['L1', 2, 1, 'nested-a'],
    ]);
  });

  it('reports an <a> left open, once, even where the parser repeats it', () => {
    const found = findingsOf(ID, '<p><a href="https://shop.com/">Sale</p>\n<p>More</p><p>Even more</p>');
    expect(found.map((f) => [f.link, f.line, f.column, f.data?.['code']])).toEqual([
      ['L1', 1, 4, 'a-not-closed'],
    ]);
    expect(found[0]?.message).toContain('never closed');
  });

  it('reports problems inside Outlook conditional comments at their place in the file', () => {
    const html =
      '<div>\n<!--[if mso]><v:roundrect href="https://a.shop.com/" href="https://b.shop.com/"></v:roundrect><![endif]-->\n</div>';
    const found = findingsOf(ID, html);
    expect(found.map((f) => [f.link, f.line, f.column, f.data?.['code']])).toEqual([
      ['L1', 2, 54, 'duplicate-attribute'],
    ]);
  });

  it('reports an unclosed quote that a later quote happened to close (no parser error)', () => {
    const found = findingsOf(ID, '<p>x</p>\n<a href="https://a.shop.com/>A</a> and <a href=">B</a>');
    expect(found.map((f) => [f.link, f.line, f.column, f.data?.['code']])).toEqual([
      ['L1', 2, 10, 'swallowed-markup'],
    ]);
    expect(found[0]?.message).toContain('"https://a.shop.com/>A</a> and <a href="');
  });

  it('is silent on a stray quote after the attributes, which leaves the href intact', () => {
    expect(findingsOf(ID, '<a href="https://shop.com/" target="_blank"">x</a>')).toEqual([]);
  });

  it.each([
    '<a href="https://shop.com/">x</a>',
    '<p>x',
    '<table><tr><td>x</td></tr></table></div>',
    '<a href="https://shop.com/"title="x">x</a>',
    '<!--[if mso]><a href="https://shop.com/"><![endif]-->x<!--[if mso]></a><![endif]-->',
  ])('is silent on harmless errors: %s', (html) => {
    expect(findingsOf(ID, html)).toEqual([]);
  });

  it('words each error code as its own message, from the code and the href', () => {
    const [f] = findingsOf(ID, '<a href="https://a.shop.com/" href="https://b.shop.com/">x</a>');
    expect(f?.messageId).toBe(`${ID}/duplicate-attribute`);
    expect(f?.data).toEqual({ code: 'duplicate-attribute', inLink: true, href: 'https://a.shop.com/' });
    const [cut] = findingsOf(ID, '<p>x</p><a href="https://shop.com/"');
    expect(cut?.messageId).toBe(`${ID}/eof-in-tag`);
    expect(cut?.data).toEqual({ code: 'eof-in-tag', inLink: false, href: null });
    expect(cut?.message).toContain('HTML parse error "eof-in-tag" in a link:');
  });
});
