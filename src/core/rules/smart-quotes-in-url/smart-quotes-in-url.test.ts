import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'smart-quotes-in-url';

describe(ID, () => {
  it('reports curly quotes used as attribute quotes (the value then holds them)', () => {
    const found = findingsOf(ID, '<p>Sale</p>\n<a href=”https://shop.com/sale”>Shop</a>');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: ID, severity: 'error', link: 'L1', line: 2, column: 9 });
    expect(found[0]?.message).toContain('typographic quotes (”) around it');
    expect(found[0]?.message).toContain('href="https://shop.com/sale"');
  });

  it.each([
    ['“https://shop.com/”', 'around'],
    ['‘https://shop.com/’', 'around'],
    ['https://shop.com/it’s', 'inside'],
    ['https://shop.com/6″', 'at the end of'],
    ['“https://shop.com/5', 'before'],
  ])('reports %s (%s)', (href, where) => {
    const found = findingsOf(ID, `<a href="${href}">x</a>`);
    expect(found.map((f) => [f.rule, f.line, f.column])).toEqual([[ID, 1, 10]]);
    expect(found[0]?.message).toContain(`${where} it`);
  });

  it('reads quotes written as character references', () => {
    expect(findingsOf(ID, '<a href="&ldquo;https://shop.com/&rdquo;">x</a>').map((f) => f.link)).toEqual([
      'L1',
    ]);
  });

  it("is silent on straight quotes and on ' inside a URL", () => {
    expect(findingsOf(ID, `<a href="https://shop.com/it's">x</a><a href='https://shop.com/"'>y</a>`)).toEqual(
      [],
    );
  });

  it('ignores quotes inside a merge tag', () => {
    expect(findingsOf(ID, '<a href="https://shop.com/?n={{ name | default: “friend” }}">x</a>')).toEqual([]);
  });

  it('takes precedence: curly-quoted links are not also reported as unencoded or unquoted', () => {
    const report = findingsOf('unencoded-characters', '<a href=”https://shop.com/sale”>x</a>');
    const spacing = findingsOf('href-spacing', '<a href=”https://shop.com/sale”>x</a>');
    expect([...report, ...spacing]).toEqual([]);
  });
});
