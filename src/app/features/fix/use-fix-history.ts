import { useCallback, useEffect, useRef, useState } from 'react';
import { loadTabValue, saveTabValue, type StoredInput } from '../../lib/persist';

const HISTORY_KEY = 'eli:fix-history';

/** One fix step: the input before and after it, and the HTML the diff compares. */
export interface FixStep {
  label: string;
  before: StoredInput;
  after: StoredInput;
  htmlBefore: string;
  htmlAfter: string;
}

export interface FixHistory {
  /** The last step applied (its diff is shown), or null. */
  last: FixStep | null;
  canUndo: boolean;
  canRedo: boolean;
  apply: (step: FixStep) => void;
  undo: () => void;
  redo: () => void;
  /** Forgets every step (another email was loaded). */
  reset: () => void;
}

interface Stacks {
  past: FixStep[];
  future: FixStep[];
}

/**
 * The text before `step` with what was typed since the step kept: when the
 * typing and the step's change are apart (one before the other), the typed
 * part is carried over; otherwise null.
 */
function undoKeepingTyping(step: FixStep, current: string): string | null {
  const a = step.before.text;
  const b = step.after.text;
  if (current === b) return a;
  if (step.before.name !== step.after.name || step.before.kind !== step.after.kind) return null;
  const prefix = (x: string, y: string): number => {
    let i = 0;
    while (i < x.length && i < y.length && x.charCodeAt(i) === y.charCodeAt(i)) i++;
    return i;
  };
  const suffix = (x: string, y: string, limit: number): number => {
    let i = 0;
    while (i < limit && x.charCodeAt(x.length - 1 - i) === y.charCodeAt(y.length - 1 - i)) i++;
    return i;
  };
  // Where the step changed b (from a), and where typing changed current (from b).
  const fixStart = prefix(a, b);
  const fixTail = suffix(a, b, Math.min(a.length, b.length) - fixStart);
  const typedStart = prefix(b, current);
  const typedTail = suffix(b, current, Math.min(b.length, current.length) - typedStart);
  if (b.length - typedTail <= fixStart)
    return current.slice(0, current.length - (b.length - fixStart)) + a.slice(fixStart);
  if (typedStart >= b.length - fixTail)
    return a.slice(0, a.length - fixTail) + current.slice(b.length - fixTail);
  return null;
}

/**
 * Undo and redo of fix steps, kept per tab and saved at once (awaited, in
 * order) so a reload right after a fix keeps Undo and the original. Undo puts
 * back the input as it was before the step, with whatever was typed since
 * carried over when it does not touch the step's change; otherwise the typed
 * text is kept for redo, so no text is ever dropped.
 */
export function useFixHistory(current: StoredInput, replace: (input: StoredInput) => void): FixHistory {
  const [stacks, setStacks] = useState<Stacks>({ past: [], future: [] });
  const { past, future } = stacks;
  const loaded = useRef(false);
  useEffect(() => {
    let live = true;
    void loadTabValue<Stacks>(HISTORY_KEY).then((stored) => {
      if (live && stored)
        setStacks((s) =>
          s.past.length > 0 || s.future.length > 0 ? s : { past: stored.past, future: stored.future },
        );
      loaded.current = true;
    });
    return () => {
      live = false;
    };
  }, []);
  const commit = useCallback((next: Stacks) => {
    setStacks(next);
    void saveTabValue(HISTORY_KEY, { past: next.past.slice(-10), future: next.future.slice(-10) });
  }, []);
  const apply = useCallback(
    (step: FixStep) => {
      commit({ past: [...past, step], future: [] });
      replace(step.after);
    },
    [past, commit, replace],
  );
  const undo = useCallback(() => {
    const step = past[past.length - 1];
    if (!step) return;
    const kept = undoKeepingTyping(step, current.text);
    const back = kept === null ? step.before : { ...step.before, text: kept };
    commit({ past: past.slice(0, -1), future: [...future, { ...step, before: back, after: current }] });
    replace(back);
  }, [past, future, current, commit, replace]);
  const redo = useCallback(() => {
    const step = future[future.length - 1];
    if (!step) return;
    commit({ past: [...past, step], future: future.slice(0, -1) });
    replace(step.after);
  }, [past, future, commit, replace]);
  const reset = useCallback(() => commit({ past: [], future: [] }), [commit]);
  return {
    reset,
    last: past[past.length - 1] ?? null,
    canUndo: past.length > 0,
    canRedo: future.length > 0,
    apply,
    undo,
    redo,
  };
}
