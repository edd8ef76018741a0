import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'repeated-parameter';

describe(ID, () => {
  it('reports a parameter given twice with different values, naming both', () => {
    const found = findingsOf(
      ID,
      '<p>x</p>\n<a href="https://shop.example.com/p?utm_source=news&amp;id=7&amp;utm_source=mail">Boots</a>',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: ID, severity: 'warning', link: 'L1', line: 2 });
    expect(found[0]?.message).toContain(
      'has the parameter "utm_source" 2 times with different values ("news", "mail")',
    );
    expect(found[0]?.data?.['values']).toEqual(['news', 'mail']);
  });

  it('reports each repeated parameter once', () => {
    const href = 'https://shop.example.com/p?a=1&amp;b=x&amp;a=2&amp;b=y&amp;a=3';
    expect(findingsOf(ID, `<a href="${href}">x</a>`).map((f) => f.data?.['name'])).toEqual(['a', 'b']);
  });

  it('judges a wrapped link by its decoded destination', () => {
    const href = 'https://r.example.com/out?url=https%3A%2F%2Fshop.example.com%2Fp%3Fa%3D1%26a%3D2';
    expect(findingsOf(ID, `<a href="${href}">x</a>`)).toHaveLength(1);
  });

  it.each([
    'https://shop.example.com/p?a=1&amp;a=1',
    'https://shop.example.com/p?size[]=s&amp;size[]=m',
    'https://shop.example.com/p?e={{email}}&amp;e=x',
    'https://shop.example.com/p?a=1&amp;b=2',
    'https://shop.example.com/p#a=1&amp;a=2',
  ])('is silent on %j', (href) => {
    expect(findingsOf(ID, `<a href="${href}">x</a>`)).toEqual([]);
  });
});
