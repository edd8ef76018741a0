import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'double-encoded-entity';

describe(ID, () => {
  it('reports &amp;amp; and names the parameter it breaks', () => {
    const found = findingsOf(
      ID,
      '<p>x</p>\n<a href="https://shop.com/?utm_source=n&amp;amp;utm_medium=email">x</a>',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: ID, severity: 'error', link: 'L1', line: 2, column: 10 });
    expect(found[0]?.message).toContain(
      'still holds "&amp;" after HTML decoding (the source says "&amp;amp;")',
    );
    expect(found[0]?.message).toContain('the parameter "utm_medium" arrives as "amp;utm_medium"');
  });

  it.each([
    ['https://shop.com/?a=1&amp;#038;b=2', '"&#038;"'],
    ['https://shop.com/?a=1#038;b=2', '"#038;"'],
    ['https://shop.com/?a=1&amp;#x26;b=2', '"&#x26;"'],
    ['https://shop.com/?a=1&amp;AMP;b=2', '"&AMP;"'],
  ])('reports %s', (href, part) => {
    const found = findingsOf(ID, `<a href="${href}">x</a>`);
    expect(found.map((f) => [f.link, f.column])).toEqual([['L1', 10]]);
    expect(found[0]?.message).toContain(`still holds ${part}`);
  });

  it.each([
    'https://shop.com/?a=1&amp;b=2',
    'https://shop.com/?a=1&b=2',
    'https://shop.com/?a=1&#38;b=2',
    'https://shop.com/#section-38',
  ])('is silent on %s (decoded once, correctly)', (href) => {
    expect(findingsOf(ID, `<a href="${href}">x</a>`)).toEqual([]);
  });

  it('reports the entity, where it stands and the parameter it breaks as data', () => {
    const [f] = findingsOf(ID, '<a href="https://shop.com/?a=1&amp;amp;utm_medium=email">x</a>');
    expect(f?.messageId).toBe(ID);
    expect(f?.data).toEqual({
      href: 'https://shop.com/?a=1&amp;utm_medium=email',
      entity: '&amp;',
      start: 21,
      sourceDoubled: true,
      parameter: 'utm_medium',
    });
    const [plain] = findingsOf(ID, '<a href="https://shop.com/?a=1#038;">x</a>');
    expect(plain?.data).toMatchObject({ entity: '#038;', sourceDoubled: false, parameter: null });
    expect(plain?.message).toContain('so the query string is wrong.');
  });
});
