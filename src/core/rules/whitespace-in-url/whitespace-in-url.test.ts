import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'whitespace-in-url';

describe(ID, () => {
  it.each([
    [' https://shop.com/x', 'starts with a space'],
    ['https://shop.com/x ', 'ends with a space'],
    ['https://shop.com/x\n', 'ends with a line break'],
    ['\thttps://shop.com/x', 'starts with a tab'],
    ['https://shop.com/\nsale', 'has a line break inside'],
    ['https://shop.com/a\tb', 'has a tab inside'],
    ['\u00A0https://shop.com/x', 'starts with a no-break space'],
    ['https://shop.com/x\u200B', 'ends with an invisible zero-width character'],
    [' mailto:a@shop.com', 'starts with a space'],
    [' {{url}} ', 'starts with a space and ends with a space'],
  ])('reports %j', (href, says) => {
    const found = findingsOf(ID, `<p>\n<a href="${href}">x</a>`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: ID, severity: 'error', link: 'L1', line: 2, column: 10 });
    expect(found[0]?.message).toContain(says);
    expect(found[0]?.message).toContain('Remove the white space: "');
  });

  it('shows invisible characters in the message and the trimmed fix', () => {
    const [f] = findingsOf(ID, '<a href="https://shop.com/x\n">x</a>');
    expect(f?.message).toContain('The link "https://shop.com/x\\n" ends with a line break');
    expect(f?.message).toContain('Remove the white space: "https://shop.com/x"');
  });

  it('reads white space written as character references (&#10;, &nbsp;)', () => {
    const found = findingsOf(
      ID,
      '<a href="https://shop.com/x&#10;">x</a><a href="&nbsp;https://shop.com/y">y</a>',
    );
    expect(found.map((f) => f.link)).toEqual(['L1', 'L2']);
  });

  it.each([
    'https://shop.com/x',
    'https://shop.com/a%20b',
    '',
    ' ',
    '#',
    '# ',
    'https://shop.com/ver=\nlong',
  ])('is silent on %j (fine, empty-href, or a quoted-printable soft break)', (href) => {
    expect(findingsOf(ID, `<a href="${href}">x</a>`)).toEqual([]);
  });

  it('judges line breaks only outside merge tags', () => {
    expect(findingsOf(ID, '<a href="https://shop.com/?e={{\n  email\n}}">x</a>')).toEqual([]);
  });

  it('leaves a space inside a web link to unencoded-characters', () => {
    expect(findingsOf(ID, '<a href="https://shop.com/summer sale">x</a>')).toEqual([]);
  });
});
