import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'utm-after-fragment';

describe(ID, () => {
  it('reports utm_* after `#anchor?`, pointing at the `#`, with the corrected URL', () => {
    const found = findingsOf(
      ID,
      '<p>\n  <a href="https://x.com/#section?utm_source=a&amp;utm_medium=email">Go</a></p>',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: ID, severity: 'error', link: 'L1', line: 2, column: 26 });
    const message = found[0]?.message ?? '';
    expect(message).toContain(
      'utm_source, utm_medium stand after the # fragment (#section?utm_source=a&utm_medium=email)',
    );
    expect(message).toContain('write https://x.com/?utm_source=a&utm_medium=email#section');
  });

  it('reports `#anchor&utm_…` and keeps the query that is already there', () => {
    const found = findingsOf(ID, '<a href="https://x.com/p?id=7#x&utm_campaign=winter">Go</a>');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 1, column: 30 });
    expect(found[0]?.message).toContain('utm_campaign stands after the # fragment');
    expect(found[0]?.message).toContain('write https://x.com/p?id=7&utm_campaign=winter#x');
  });

  it('reports a fragment made only of utm_* parameters', () => {
    const found = findingsOf(ID, '<a href="https://x.com/#utm_source=a">Go</a>');
    expect(found[0]?.message).toContain('write https://x.com/?utm_source=a');
  });

  it('reports other query parameters written after an anchor', () => {
    const found = findingsOf(ID, '<a href="https://x.com/page#reviews?ref=mail">Go</a>');
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('Query parameters stand after the # fragment');
    expect(found[0]?.message).toContain('write https://x.com/page?ref=mail#reviews');
  });

  it('is silent for plain anchors, parameter fragments, hash routes and utm_* before the #', () => {
    for (const href of [
      'https://x.com/#top',
      'https://x.com/?utm_source=a#top',
      'https://x.com/#access_token=abc&state=1',
      'https://x.com/#/cart?step=2',
      'https://x.com/#!/item?id=3',
      'https://x.com/#a&b',
      'https://x.com/?u={{user}}#{{anchor}}',
    ]) {
      expect(findingsOf(ID, `<a href="${href}">Go</a>`), href).toEqual([]);
    }
  });

  it('does not take a numeric character reference for the fragment', () => {
    const found = findingsOf(ID, '<a href="https://x.com/?a=1&#38;b=2#s?utm_source=x">Go</a>');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ column: 36 });
  });

  it('words utm_* and other parameters as two messages, from the fragment and the fix', () => {
    const [utm] = findingsOf(ID, '<a href="https://x.com/#section?utm_source=a">Go</a>');
    expect(utm?.messageId).toBe(ID);
    expect(utm?.data).toEqual({
      fragment: 'section?utm_source=a',
      utm: ['utm_source'],
      fixed: 'https://x.com/?utm_source=a#section',
    });
    const [other] = findingsOf(ID, '<a href="https://x.com/#section?id=7">Go</a>');
    expect(other?.messageId).toBe(`${ID}/parameters`);
    expect(other?.data).toEqual({ fragment: 'section?id=7', utm: [], fixed: 'https://x.com/?id=7#section' });
  });
});
