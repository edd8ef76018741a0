import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'invisible-characters';

describe(ID, () => {
  it('names each invisible character with its code point and position in the href', () => {
    const found = findingsOf(
      ID,
      '<p>x</p>\n<a href="https://shop.example.com/sa&#8203;le&#x200D;s">Sale</a>',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: ID, severity: 'error', link: 'L1', line: 2, messageId: ID });
    expect(found[0]?.message).toContain(
      'a zero-width space (U+200B) at character 28 and a zero-width joiner (U+200D) at character 31',
    );
    expect(found[0]?.message).toContain('Delete them: "https://shop.example.com/sales"');
    expect(found[0]?.data?.['characters']).toEqual([
      { name: 'zero-width space', code: 'U+200B', position: 28 },
      { name: 'zero-width joiner', code: 'U+200D', position: 31 },
    ]);
  });

  it.each([
    ['&shy;', 'soft hyphen (U+00AD)'],
    ['&#x200E;', 'left-to-right mark (U+200E)'],
    ['&#x202E;', 'right-to-left override (U+202E)'],
    ['&#x2066;', 'left-to-right isolate (U+2066)'],
    ['&#x2060;', 'word joiner (U+2060)'],
    ['&#xFEFF;', 'zero-width no-break space (byte order mark) (U+FEFF)'],
    ['&#x200C;', 'zero-width non-joiner (U+200C)'],
  ])('names %s', (entity, name) => {
    const [f] = findingsOf(ID, `<a href="https://shop.example.com/a${entity}b">x</a>`);
    expect(f?.message).toContain(`a ${name} at character 27`);
  });

  it('reports a broken host once, here, not as malformed-url', () => {
    const html = '<a href="https://exa&#x200E;mple.com/sale">x</a>';
    expect(findingsOf(ID, html).map((f) => f.severity)).toEqual(['error']);
    expect(findingsOf('malformed-url', html)).toEqual([]);
  });

  it('is a warning when the characters sit only in the query or fragment', () => {
    const [f] = findingsOf(ID, '<a href="https://shop.example.com/sale?utm_campaign=win&shy;ter">x</a>');
    expect(f).toMatchObject({ severity: 'warning', messageId: 'invisible-characters/query' });
    expect(f?.title).toBe('Invisible characters in a link parameter');
  });

  it('reports mailto: links too, as errors', () => {
    const [f] = findingsOf(ID, '<a href="mailto:anna&#8203;@shop.example.com">Mail</a>');
    expect(f?.severity).toBe('error');
  });

  it('offers a fix that deletes them', () => {
    const [f] = findingsOf(ID, '<a href="https://shop.example.com/sa&#8203;le">x</a>');
    expect(f?.data?.['fixed']).toBe('https://shop.example.com/sale');
  });

  it.each([
    'https://shop.example.com/sale',
    'https://shop.example.com/caf%C3%A9',
    'https://bücher.example/',
    '',
  ])('is silent on %j', (href) => {
    expect(findingsOf(ID, `<a href="${href}">x</a>`)).toEqual([]);
  });
});
