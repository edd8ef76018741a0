import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'whitespace-in-url';

describe(ID, () => {
  it.each([
    [' https://shop.com/x', 'starts with a space', 'warning'],
    ['https://shop.com/x ', 'ends with a space', 'warning'],
    ['https://shop.com/x\n', 'ends with a line break', 'warning'],
    ['\thttps://shop.com/x', 'starts with a tab', 'warning'],
    ['https://shop.com/\nsale', 'has a line break inside', 'error'],
    ['https://shop.com/a\tb', 'has a tab inside', 'error'],
    ['\u00A0https://shop.com/x', 'starts with a no-break space', 'error'],
    [' mailto:a@shop.com', 'starts with a space', 'warning'],
    [' {{url}} ', 'starts with a space and ends with a space', 'warning'],
    [' https://shop.com/\nsale', 'starts with a space and has a line break inside', 'error'],
  ])('reports %j', (href, says, severity) => {
    const found = findingsOf(ID, `<p>\n<a href="${href}">x</a>`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: ID, severity, link: 'L1', line: 2, column: 10 });
    expect(found[0]?.message).toContain(says);
    expect(found[0]?.message).toContain('Remove the white space: "');
  });

  it('calls spaces only at the ends a warning: browsers and most platforms trim them', () => {
    const [f] = findingsOf(ID, '<a href="https://shop.com/x ">x</a>');
    expect(f).toMatchObject({ messageId: 'whitespace-in-url/ends', severity: 'warning' });
    expect(f?.message).toContain('browsers and most platforms trim it');
    expect(f?.title).toBe('Space at the start or end of the link');
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

  it('leaves zero-width characters and the byte order mark at the ends to invisible-characters', () => {
    expect(
      findingsOf(ID, '<a href="https://shop.com/x\u200B">x</a><a href="\uFEFFhttps://shop.com/y">y</a>'),
    ).toEqual([]);
    expect(findingsOf('invisible-characters', '<a href="https://shop.com/x\u200B">x</a>')).toHaveLength(1);
  });

  it('leaves a space inside a web link to unencoded-characters', () => {
    expect(findingsOf(ID, '<a href="https://shop.com/summer sale">x</a>')).toEqual([]);
  });
});
