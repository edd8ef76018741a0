import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'qp-artifact';

describe(ID, () => {
  it('reports href=3D"…" copied from undecoded source', () => {
    const found = findingsOf(ID, '<p>x</p>\n<a href=3D"https://shop.com/?a=3D1&amp;b=3D2">x</a>');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: ID, severity: 'error', link: 'L1', line: 2, column: 9 });
    expect(found[0]?.message).toContain('quoted-printable debris "3D", "=3D"');
  });

  it.each([
    ['https://shop.com/?utm_source=3Dnews', '"=3D"', '"="'],
    ['https://shop.com/summer=20sale', '"=20"', 'a space'],
    ['https://shop.com/a=2Fb', '"=2F"', '"/"'],
    ['https://shop.com/?q=a=26b=3D1', '"=26"', '"&"'],
    ['https://shop.com/very-long-pa=\nth', '"=\\n"', 'a soft line break'],
    ['https://shop.com/caf=C3=A9', '"=C3=A9"', 'an encoded non-ASCII letter'],
    ['https://shop.com/very-long-pa=\r\nth', '"=\\n"', 'a soft line break'],
  ])('reports %j', (href, part, meaning) => {
    const found = findingsOf(ID, `<a href="${href}">x</a>`);
    expect(found.map((f) => [f.link, f.line, f.column])).toEqual([['L1', 1, 10]]);
    expect(found[0]?.message).toContain(`debris ${part}`);
    expect(found[0]?.message).toContain(`stands for ${meaning}`);
  });

  it.each([
    'https://shop.com/?limit=20',
    'https://shop.com/?page=20&size=2F',
    'https://shop.com/?type=3D',
    'https://shop.com/?type=3D&x=1',
    'https://t.example.com/r?u=https%3A%2F%2Fshop.com%2F%3Fa%3D1%26userid=2783731%26amt=2500',
    'https://shop.com/?colour=2B2B2B',
    'https://shop.com/?token=abc==',
    'https://shop.com/#a=20',
    'https://shop.com/%3D',
    'https://shop.com/?a=1&b=2',
    '%%=RedirectTo(@url)=%%',
    'https://shop.com/?x=%%=v(@a)=%%',
  ])('is silent on %s (query values, encodings, merge tags)', (href) => {
    expect(findingsOf(ID, `<a href="${href}">x</a>`)).toEqual([]);
  });

  it('takes precedence over relative-url, href-spacing and html-parse-error for href=3D"…"', () => {
    const html = '<a href=3D"https://shop.com/">x</a>';
    for (const other of ['relative-url', 'href-spacing', 'html-parse-error'])
      expect(findingsOf(other, html)).toEqual([]);
  });

  it('takes precedence over whitespace-in-url for a soft line break', () => {
    expect(findingsOf('whitespace-in-url', '<a href="https://shop.com/a=\nb">x</a>')).toEqual([]);
  });

  it('reports the debris, where the first stands and what it stands for as data', () => {
    const [f] = findingsOf(ID, '<a href="https://shop.com/?utm_source=3Dnews">x</a>');
    expect(f?.messageId).toBe(ID);
    expect(f?.data).toEqual({
      href: 'https://shop.com/?utm_source=3Dnews',
      start: 28,
      first: '=3D',
      meaning: '=',
      debris: ['=3D'],
    });
  });
});
