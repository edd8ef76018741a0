import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparisonKey } from './comparable-url';

describe('comparisonKey', () => {
  it.each([
    ['HTTPS://Shop.Example.COM/a', 'https://shop.example.com/a'],
    ['https://shop.example.com:443/a', 'https://shop.example.com/a'],
    ['http://shop.example.com:80/a', 'http://shop.example.com/a'],
    ['https://shop.example.com/a?b=2&a=1', 'https://shop.example.com/a?a=1&b=2'],
    ['https://shop.example.com/a%2fb%7e', 'https://shop.example.com/a%2Fb~'],
    ['https://shop.example.com/a?', 'https://shop.example.com/a'],
    ['https://shop.example.com/a#', 'https://shop.example.com/a'],
    ['https://shop.example.com', 'https://shop.example.com/'],
    ['https://shop.example.com/a?x=1&&y=2&', 'https://shop.example.com/a?x=1&y=2'],
    ['https://shop.example.com/#Top', 'https://shop.example.com/#Top'],
  ])('%s → %s', (href, key) => {
    expect(comparisonKey(href)).toBe(key);
  });

  it('keeps merge tags exactly as written', () => {
    expect(comparisonKey('https://Shop.example.com/?e={{ email }}&a=1')).toBe(
      'https://shop.example.com/?a=1&e={{ email }}',
    );
    expect(comparisonKey('https://shop.example.com/?e=*|EMAIL|*')).toBe(
      'https://shop.example.com/?e=*|EMAIL|*',
    );
    expect(comparisonKey('https://shop.example.com/?e={{email}}')).not.toBe(
      comparisonKey('https://shop.example.com/?e={{ email }}'),
    );
  });

  it('returns null for what is not an absolute web URL', () => {
    for (const href of ['/pricing', 'mailto:a@example.com', 'ftp://x.example.com/', 'https://', '']) {
      expect(comparisonKey(href), href).toBeNull();
    }
  });

  it('does not depend on the order of query parameters (property)', () => {
    const param = fc
      .tuple(fc.stringMatching(/^[a-z]{1,6}$/), fc.stringMatching(/^[a-z0-9]{0,6}$/))
      .map(([k, v]) => `${k}=${v}`);
    fc.assert(
      fc.property(fc.array(param, { minLength: 1, maxLength: 8 }), (params) => {
        const shuffled = [...params].reverse();
        expect(comparisonKey(`https://x.example.com/p?${params.join('&')}`)).toBe(
          comparisonKey(`https://x.example.com/p?${shuffled.join('&')}`),
        );
      }),
    );
  });

  it('sorts the query parameters as Array.prototype.sort does, short queries and long (property)', () => {
    const param = fc
      .tuple(fc.stringMatching(/^[A-Za-z_]{1,4}$/), fc.stringMatching(/^[a-z0-9]{0,3}$/))
      .map(([k, v]) => `${k}=${v}`);
    fc.assert(
      fc.property(fc.array(param, { minLength: 1, maxLength: 40 }), (params) => {
        expect(comparisonKey(`https://x.example.com/p?${params.join('&')}`)).toBe(
          `https://x.example.com/p?${[...params].sort().join('&')}`,
        );
      }),
    );
  });

  it('sorts pieces that are empty, equal or prefixes of each other, in order or not (property)', () => {
    const piece = fc.constantFrom('', 'a', 'a=', 'a=1', 'a=10', 'ab', 'b', 'B=2', '_', 'é=1', 'a=%41');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), fc.boolean(), (pieces, sorted) => {
        const written = sorted ? [...pieces].sort() : pieces;
        // As the URL parser writes them (é percent-encoded) and the key normalises them (%41 is A).
        const kept = written
          .filter((p) => p !== '')
          .map((p) => (p === 'a=%41' ? 'a=A' : p.replace(/é/g, '%C3%A9')));
        const key = comparisonKey(`https://x.example.com/p?${written.join('&')}`);
        const query = kept.sort().join('&');
        expect(key).toBe(`https://x.example.com/p${query !== '' ? `?${query}` : ''}`);
      }),
    );
  });

  it('does not depend on the letter case of the host (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/), fc.boolean(), (label, upper) => {
        const host = `${upper ? label.toUpperCase() : label}.example.com`;
        expect(comparisonKey(`https://${host}/a`)).toBe(`https://${label}.example.com/a`);
      }),
    );
  });

  it('is stable: the key of a key is the key', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const key = comparisonKey(url);
        if (key !== null) expect(comparisonKey(key)).toBe(key);
      }),
    );
  });
});
