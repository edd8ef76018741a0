// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act, renderHook, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { loadTabValue, saveTabValue, type StoredInput } from '../../lib/persist';
import { HISTORY_LIMITS, useFixHistory, type FixStep } from './use-fix-history';

const before: StoredInput = {
  text: '<a href="www.shop.example.com">Shop</a>\n<p>footer</p>',
  name: 'a.html',
  kind: 'html',
};
const after: StoredInput = { ...before, text: before.text.replace('www.', 'https://www.') };
const step: FixStep = {
  label: 'Add "https://"',
  before,
  after,
  htmlBefore: before.text,
  htmlAfter: after.text,
};

/** The hook with the box it edits: `replace` puts an input in the box, as the page does. */
function useBoxWithHistory(start: StoredInput) {
  const [box, setBox] = useState(start);
  return { box, setBox, history: useFixHistory(box, setBox) };
}

describe('useFixHistory', () => {
  it('applies, undoes and redoes a fix step, putting each input in the box', () => {
    const { result } = renderHook(() => useBoxWithHistory(before));
    expect(result.current.history.canUndo).toBe(false);
    act(() => result.current.history.apply(step));
    expect(result.current.box.text).toBe(after.text);
    expect(result.current.history.last?.label).toBe('Add "https://"');
    act(() => result.current.history.undo());
    expect(result.current.box.text).toBe(before.text);
    expect(result.current.history).toMatchObject({ canUndo: false, canRedo: true, last: null });
    act(() => result.current.history.redo());
    expect(result.current.box.text).toBe(after.text);
    expect(result.current.history).toMatchObject({ canUndo: true, canRedo: false });
    act(() => result.current.history.reset());
    expect(result.current.history).toMatchObject({ canUndo: false, canRedo: false, last: null });
  });

  it('keeps what was typed after the fix when undoing it, where the typing is apart from the fix', () => {
    const { result } = renderHook(() => useBoxWithHistory(before));
    act(() => result.current.history.apply(step));
    act(() => result.current.setBox({ ...after, text: after.text.replace('footer', 'new footer') }));
    act(() => result.current.history.undo());
    expect(result.current.box.text).toBe(before.text.replace('footer', 'new footer'));
    // Redo brings back the text as it was before the undo, typing included.
    act(() => result.current.history.redo());
    expect(result.current.box.text).toBe(after.text.replace('footer', 'new footer'));
  });

  it('survives a reload of the tab: a new page finds Undo and the original', async () => {
    const first = renderHook(() => useBoxWithHistory(before));
    act(() => first.result.current.history.apply(step));
    // Saved to this tab's IndexedDB store at once, as a reload right after a fix needs.
    await waitFor(async () => {
      const stored = await loadTabValue<{ past: FixStep[] }>('eli:fix-history');
      expect(stored?.past).toHaveLength(1);
    });
    first.unmount();
    const reloaded = renderHook(() => useBoxWithHistory(after));
    await waitFor(() => expect(reloaded.result.current.history.canUndo).toBe(true));
    act(() => reloaded.result.current.history.undo());
    expect(reloaded.result.current.box.text).toBe(before.text);
  });

  it(`undoes at most the last ${HISTORY_LIMITS.steps} fixes, and a reload keeps the last ${HISTORY_LIMITS.stored}`, async () => {
    await saveTabValue('eli:fix-history', { past: [], future: [] });
    const texts = Array.from({ length: HISTORY_LIMITS.steps + 5 }, (_, i) => ({
      ...before,
      text: `${before.text} v${i + 1}`,
    }));
    const first = renderHook(() => useBoxWithHistory(before));
    // Wait for the (empty) stored history to be read, so it does not replace the steps applied below.
    await act(() => loadTabValue('eli:fix-history'));
    let from = before;
    for (const [i, next] of texts.entries()) {
      const current = from;
      act(() =>
        first.result.current.history.apply({
          label: `fix ${i + 1}`,
          before: current,
          after: next,
          htmlBefore: current.text,
          htmlAfter: next.text,
        }),
      );
      from = next;
    }
    let undone = 0;
    while (first.result.current.history.canUndo) {
      act(() => first.result.current.history.undo());
      undone++;
    }
    expect(undone).toBe(HISTORY_LIMITS.steps);
    // Back to the text before the oldest step kept, not to the original.
    expect(first.result.current.box.text).toBe(texts[texts.length - HISTORY_LIMITS.steps - 1]?.text);
    let redone = 0;
    while (first.result.current.history.canRedo) {
      act(() => first.result.current.history.redo());
      redone++;
    }
    expect(redone).toBe(HISTORY_LIMITS.steps);
    expect(first.result.current.box.text).toBe(texts.at(-1)?.text);
    await waitFor(async () => {
      const stored = await loadTabValue<{ past: FixStep[] }>('eli:fix-history');
      expect(stored?.past.at(-1)?.label).toBe(`fix ${texts.length}`);
    });
    first.unmount();
    const reloaded = renderHook(() => useBoxWithHistory(texts.at(-1) ?? before));
    await waitFor(() => expect(reloaded.result.current.history.canUndo).toBe(true));
    let afterReload = 0;
    while (reloaded.result.current.history.canUndo) {
      act(() => reloaded.result.current.history.undo());
      afterReload++;
    }
    expect(afterReload).toBe(HISTORY_LIMITS.stored);
  });
});
