import { describe, expect, it } from 'vitest';
import { applyEdits } from './text-edit';

describe('applyEdits', () => {
  it('applies non-overlapping edits at their offsets, in any order', () => {
    const r = applyEdits('<a href="x">a</a><a href="y">b</a>', [
      { start: 26, end: 27, text: 'YY' },
      { start: 9, end: 10, text: 'XX' },
    ]);
    expect(r.text).toBe('<a href="XX">a</a><a href="YY">b</a>');
    expect(r.skipped).toEqual([]);
  });

  it('leaves out an edit that overlaps one already taken', () => {
    const r = applyEdits('abcdef', [
      { start: 1, end: 4, text: 'X' },
      { start: 2, end: 3, text: 'Y' },
    ]);
    expect(r.text).toBe('aXef');
    expect(r.skipped).toEqual([{ start: 2, end: 3, text: 'Y' }]);
  });
});
