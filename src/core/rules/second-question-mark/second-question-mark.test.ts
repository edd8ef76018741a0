import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'second-question-mark';

describe(ID, () => {
  it('reports a second "?" with its position, the parameter it hides, and the fix', () => {
    const found = findingsOf(
      ID,
      '<p>x</p>\n<a href="https://shop.example.com/p?id=7?utm_source=news">Boots</a>',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: ID, severity: 'warning', link: 'L1', line: 2 });
    const message = found[0]?.message ?? '';
    expect(message).toContain('has a second "?" at character 32');
    expect(message).toContain('"utm_source" is not read as a parameter but as part of the value of "id"');
    expect(message).toContain('"https://shop.example.com/p?id=7&utm_source=news"');
  });

  it.each([
    'https://shop.example.com/p??utm_source=news',
    'https://shop.example.com/p?a=1&amp;b=2?c=3',
    'https://shop.example.com/p?utm_source=news?utm_medium=email#top',
  ])('reports %j', (href) => {
    expect(findingsOf(ID, `<a href="${href}">x</a>`)).toHaveLength(1);
  });

  it.each([
    'https://shop.example.com/p?a=1&amp;b=2',
    'https://r.example.com/out?url=https://shop.example.com/p?a=1',
    'https://r.example.com/out?next=/account?tab=orders',
    'https://r.example.com/out?url=https%3A%2F%2Fshop.example.com%2Fp%3Fa%3D1',
    'https://shop.example.com/p?q=why?',
    'https://shop.example.com/p#faq?a=1',
    "https://shop.example.com/p?e={{ email ?? 'x=1' }}",
    'https://shop.example.com/p',
  ])('is silent on %j', (href) => {
    expect(findingsOf(ID, `<a href="${href}">x</a>`)).toEqual([]);
  });
});
