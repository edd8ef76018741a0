import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'unencoded-characters';

describe(ID, () => {
  it('reports a space in the path, quoting the link and the encoding', () => {
    const found = findingsOf(
      ID,
      '<table>\n  <tr><td><a href="https://shop.com/summer sale">x</a></td></tr></table>',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: ID, severity: 'warning', link: 'L1', line: 2, column: 20 });
    expect(found[0]?.message).toContain(
      '"https://shop.com/summer sale" has characters that must be percent-encoded: a space',
    );
    expect(found[0]?.message).toContain('a space as %20');
  });

  it.each([
    ['https://shop.com/a|b', '"|"'],
    ['https://shop.com/?q=a^b', '"^"'],
    ['https://shop.com/a`b', '"`"'],
    ['https://shop.com/a\\b', '"\\"'],
    ['https://shop.com/?q={x}', '"{"'],
    ['https://shop.com/café', '"é"'],
    ['https://shop.com/?q=日本', '"日"'],
    ['https://shop.com/😀', '"😀"'],
    ['https://shop.com/a&nbsp;b', 'a no-break space as %C2%A0'],
    ['https://shop.com/?q=&lt;b&gt;', '"<"'],
    ['https://shop.com/?q=&quot;x&quot;', '"\\""'],
  ])('reports %s', (href, says) => {
    const found = findingsOf(ID, `<a href="${href.replace(/"/g, '&quot;')}">x</a>`);
    expect(found.map((f) => [f.link, f.column])).toEqual([['L1', 10]]);
    expect(found[0]?.message.replace(/\\"/g, '"')).toContain(says.replace(/\\"/g, '"'));
  });

  it.each([
    'https://shop.com/summer%20sale',
    'https://shop.com/?q=caf%C3%A9',
    'https://bücher.de/x',
    'https://shop.com/?e={{email}}',
    'https://shop.com/?u=*|UNIQID|*',
    'https://shop.com/?e={{email}',
    ' https://shop.com/x ',
    '“https://shop.com/x”',
    'https://www.sh op.com/',
    'https://shop.com/>Sale</a> and <a href=',
    '/relative path',
    'mailto:a@shop.com?subject=Hi there',
  ])('is silent on %j (encoded, host, merge tag or another rule)', (href) => {
    expect(findingsOf(ID, `<a href="${href}">x</a>`)).toEqual([]);
  });

  it('leaves invisible format characters to invisible-characters, which names them', () => {
    const html = '<a href="https://shop.com/a\u200Bb?c=d\u00ADe">x</a>';
    expect(findingsOf(ID, html)).toEqual([]);
    expect(findingsOf('invisible-characters', html)).toHaveLength(1);
  });

  it('reports the href and the raw characters as data', () => {
    const [f] = findingsOf(ID, '<a href="https://shop.com/summer sale|x">x</a>');
    expect(f?.messageId).toBe(ID);
    expect(f?.data).toEqual({ href: 'https://shop.com/summer sale|x', characters: [' ', '|'] });
  });
});
