import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'insecure-http';

describe(ID, () => {
  it('reports an http: link and suggests https:', () => {
    const found = findingsOf(ID, '<p>x</p>\n<a href="http://shop.com/sale">Sale</a>');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: ID, severity: 'warning', link: 'L1', line: 2, column: 10 });
    expect(found[0]?.message).toContain('The link "http://shop.com/sale" uses "http:"');
    expect(found[0]?.message).toContain('Use "https://shop.com/sale"');
  });

  it.each(['HTTP://SHOP.COM/', ' http://shop.com/', 'http://shop.com/?e={{email}}'])('reports %j', (href) => {
    expect(findingsOf(ID, `<a href="${href}">x</a>`).map((f) => f.column)).toEqual([10]);
  });

  it.each([
    'https://shop.com/',
    'http//shop.com',
    'http://localhost/',
    '{{url}}',
    'mailto:a@shop.com',
    'www.shop.com',
  ])('is silent on %s', (href) => {
    expect(findingsOf(ID, `<a href="${href}">x</a>`)).toEqual([]);
  });
});
