import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8Length } from './utf8-length';

describe('utf8Length', () => {
  it('counts as TextEncoder does, lone surrogates included', () => {
    for (const s of ['', 'a', 'é', '€', '😀', '\uD800', '\uD800a', 'a\uDC00', '\uDC00\uD800']) {
      expect(utf8Length(s), JSON.stringify(s)).toBe(new TextEncoder().encode(s).byteLength);
    }
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        (s) => utf8Length(s) === new TextEncoder().encode(s).byteLength,
      ),
      { numRuns: 500 },
    );
  });

  it('counts long texts in slices without splitting a pair or a lone surrogate at a slice edge', () => {
    for (const edge of ['😀', '\uD800', '\uDC00', 'é€']) {
      for (const before of [65_535, 65_536, 65_534]) {
        const s = 'a'.repeat(before) + edge + 'b'.repeat(70_000) + edge + '€'.repeat(66_000);
        expect(utf8Length(s), `${JSON.stringify(edge)} after ${before}`).toBe(
          new TextEncoder().encode(s).byteLength,
        );
      }
    }
  });
});
