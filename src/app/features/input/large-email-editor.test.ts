import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { changeBetween, inputTypeOf, replacesAll } from './large-email-editor';

const state = (doc: string) => EditorState.create({ doc });

describe('the large email editor’s edits, as the page takes them', () => {
  it('names each kind of edit as the input event of a text box would', () => {
    const s = state('<p>hello</p>');
    const cases: Array<[string | undefined, string]> = [
      ['input.paste', 'insertFromPaste'],
      ['input.drop', 'insertFromDrop'],
      ['delete.cut', 'deleteByCut'],
      ['undo', 'historyUndo'],
      ['redo', 'historyRedo'],
      ['delete.backward', 'deleteContentBackward'],
      ['input.type', 'insertText'],
      [undefined, 'insertText'],
    ];
    for (const [userEvent, inputType] of cases) {
      const tr = s.update({ changes: { from: 3, insert: 'x' }, userEvent });
      expect(inputTypeOf(tr), String(userEvent)).toBe(inputType);
    }
  });

  it('tells a paste over the whole text (another email) from a paste into it', () => {
    const s = state('<p>old email</p>');
    const whole = s.update({
      changes: { from: 0, to: s.doc.length, insert: '<p>new</p>' },
      userEvent: 'input.paste',
    });
    expect(replacesAll(whole)).toBe(true);
    const part = s.update({ changes: { from: 0, to: 5, insert: 'x' }, userEvent: 'input.paste' });
    expect(replacesAll(part)).toBe(false);
    const typed = s.update({ changes: { from: 0, to: s.doc.length, insert: 'x' }, userEvent: 'input.type' });
    expect(replacesAll(typed)).toBe(false);
    // A paste into an empty editor replaces nothing.
    const empty = state('').update({
      changes: { from: 0, insert: '<p>first</p>' },
      userEvent: 'input.paste',
    });
    expect(replacesAll(empty)).toBe(false);
  });

  it('finds the smallest change between two texts, which applied gives the new text', () => {
    expect(changeBetween('abcdef', 'abXYef')).toEqual({ from: 2, to: 4, insert: 'XY' });
    expect(changeBetween('same', 'same')).toEqual({ from: 4, to: 4, insert: '' });
    expect(changeBetween('', 'new')).toEqual({ from: 0, to: 0, insert: 'new' });
    expect(changeBetween('aaa', 'aaaa')).toEqual({ from: 3, to: 3, insert: 'a' });
    // Across the blocks the shared ends are compared in.
    const long = 'x'.repeat(2500) + 'y'.repeat(2500);
    expect(changeBetween(long, `${long.slice(0, 2049)}Z${long.slice(2050)}`)).toEqual({
      from: 2049,
      to: 2050,
      insert: 'Z',
    });
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const letters = 'ab<>\n';
    const text = (n: number): string => Array.from({ length: n }, () => letters[random(5)]).join('');
    for (let i = 0; i < 300; i++) {
      const before = text(random(30));
      const after = text(random(30));
      const { from, to, insert } = changeBetween(before, after);
      expect(from).toBeLessThanOrEqual(to);
      expect(before.slice(0, from) + insert + before.slice(to)).toBe(after);
      // Smallest: what is kept at either end cannot grow.
      if (from < before.length && from < after.length) expect(before[from]).not.toBe(after[from]);
    }
  });
});
