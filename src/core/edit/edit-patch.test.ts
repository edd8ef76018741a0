import { applyPatch, createTwoFilesPatch } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeEdits, patchOfEdits, takenEdits } from './edit-patch';
import { applyEdits, type TextEdit } from './text-edit';

/** A text of short lines (some edits cross or take line breaks) and edits of it. */
const textAndEdits = fc
  .array(fc.constantFrom('a', 'b', 'href', '\n', ' ', '"', '\r\n'), { maxLength: 60 })
  .map((parts) => parts.join(''))
  .chain((text) =>
    fc.tuple(
      fc.constant(text),
      fc.array(
        fc
          .tuple(fc.nat(text.length), fc.nat(4), fc.constantFrom('', 'x', 'https://', '\n', 'y\nz'))
          .map(([start, len, t]): TextEdit => ({ start, end: Math.min(text.length, start + len), text: t })),
        { maxLength: 8 },
      ),
    ),
  );

describe('edits as a patch, in linear time', () => {
  it('the patch turns the old text into the new one, as the diff package reads it', () => {
    fc.assert(
      fc.property(textAndEdits, ([text, edits]) => {
        const next = applyEdits(text, edits).text;
        const patch = patchOfEdits('a.html', 'a.html', text, edits);
        expect(patch === '' ? text : applyPatch(text, patch)).toBe(next);
      }),
      { numRuns: 500 },
    );
  });

  it('two rounds of edits composed are the same as applying them one after the other', () => {
    fc.assert(
      fc.property(
        textAndEdits.chain(([text, first]) => {
          const middle = applyEdits(text, first).text;
          return fc.tuple(fc.constant(text), fc.constant(first), textAndEditsOf(middle));
        }),
        ([text, first, [middle, second]]) => {
          const composed = composeEdits(middle, takenEdits(text, first), takenEdits(middle, second));
          expect(applyEdits(text, composed).text).toBe(applyEdits(middle, second).text);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('matches the diff package on an ordinary fix (one changed line among others)', () => {
    const text = 'one\ntwo\n<a href=" x">\nfour\nfive\nsix\n';
    const start = text.indexOf(' x');
    const edits = [{ start, end: start + 2, text: 'https://x' }];
    const next = applyEdits(text, edits).text;
    expect(patchOfEdits('f', 'f', text, edits, 2)).toBe(
      createTwoFilesPatch('f', 'f', text, next, undefined, undefined, { context: 2 }),
    );
  });

  it('a patch of 16,000 changed lines is built and applies', () => {
    // No time is measured here (the fuzz and scale suite compares sizes); this checks that a patch of
    // 16,000 changed lines is built at all and is right.
    const build = (n: number): { text: string; edits: TextEdit[] } => {
      const lines = Array.from({ length: n }, (_, i) => `<a href="www.example.com/p${i}">x</a>\n`);
      const text = lines.join('');
      const edits: TextEdit[] = [];
      let at = 0;
      for (const l of lines) {
        const s = at + l.indexOf('www');
        edits.push({ start: s, end: s, text: 'https://' });
        at += l.length;
      }
      return { text, edits };
    };
    const { text, edits } = build(16_000);
    const patch = patchOfEdits('big.html', 'big.html', text, edits, 2);
    expect(patch.split('\n').filter((l) => l.startsWith('+<a href="https://www.')).length).toBe(16_000);
    expect(applyPatch(text, patch)).toBe(applyEdits(text, edits).text);
  });
});

function textAndEditsOf(text: string) {
  return fc.tuple(
    fc.constant(text),
    fc.array(
      fc
        .tuple(fc.nat(text.length), fc.nat(4), fc.constantFrom('', 'q', '\n'))
        .map(([start, len, t]): TextEdit => ({ start, end: Math.min(text.length, start + len), text: t })),
      { maxLength: 6 },
    ),
  );
}
