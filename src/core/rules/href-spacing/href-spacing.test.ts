import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'href-spacing';

describe(ID, () => {
  it.each([
    ['<a href = "https://shop.com/">x</a>', 'white space around "="'],
    ['<a href= "https://shop.com/">x</a>', 'white space around "="'],
    ['<a href ="https://shop.com/">x</a>', 'white space around "="'],
    ['<a href\n=\n"https://shop.com/">x</a>', 'white space around "="'],
    ['<a HREF="https://shop.com/">x</a>', 'the name written "HREF"'],
    ['<a Href="https://shop.com/">x</a>', 'the name written "Href"'],
    ['<a href=https://shop.com/>x</a>', 'no quotes around the value'],
  ])('reports %j at the attribute', (html, says) => {
    const found = findingsOf(ID, html);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: ID, severity: 'warning', link: 'L1', line: 1, column: 4 });
    expect(found[0]?.message).toContain(says);
    expect(found[0]?.message).toContain('sendgrid/docs#1841');
    expect(found[0]?.message).toContain('Write href="https://shop.com/"');
  });

  it('lists every problem of one attribute and quotes it as written', () => {
    const [f] = findingsOf(ID, '<p>\n  <a class="b" HREF = https://shop.com/x>x</a></p>');
    expect(f).toMatchObject({ line: 2, column: 16 });
    expect(f?.message).toContain('"HREF = https://shop.com/x"');
    expect(f?.message).toContain(
      'white space around "=", the name written "HREF", no quotes around the value',
    );
  });

  it('checks VML and <area> hrefs too', () => {
    const html =
      '<map><area HREF="https://shop.com/a"></map><!--[if mso]><v:rect href = "https://shop.com/b"></v:rect><![endif]-->';
    expect(findingsOf(ID, html).map((f) => [f.link, f.column])).toEqual([
      ['L1', 12],
      ['L2', 65],
    ]);
  });

  it('applies to templates only: in a sent email untracked-link says whether the platform rewrote the link', () => {
    const html = '<a href = "https://shop.com/">x</a>';
    expect(findingsOf(ID, html, { mode: 'sent' })).toEqual([]);
    expect(findingsOf(ID, html, { mode: 'template' }).map((f) => f.column)).toEqual([4]);
  });

  it.each([
    '<a href="https://shop.com/">x</a>',
    "<a href='https://shop.com/'>x</a>",
    '<a href>x</a>',
    '<a>x</a>',
    '<a href=”https://shop.com/”>x</a>',
    '<a href=3D"https://shop.com/">x</a>',
  ])('is silent on %s (fine, no value, or another rule)', (html) => {
    expect(findingsOf(ID, html)).toEqual([]);
  });

  it('reports the attribute as written and each problem as data', () => {
    const [f] = findingsOf(ID, '<a HREF = https://shop.com/x>x</a>');
    expect(f?.messageId).toBe(ID);
    expect(f?.data).toEqual({
      written: 'HREF = https://shop.com/x',
      name: 'HREF',
      value: 'https://shop.com/x',
      problems: ['spaces-around-equals', 'name-case', 'unquoted'],
    });
  });
});
