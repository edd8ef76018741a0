import { useCallback, useEffect, useRef, useState } from 'react';
import { idbGet, idbSet, type StoredInput } from '../../lib/persist';

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

/**
 * Undo and redo of fix steps. Undo puts back the input exactly as it was
 * before the step; whatever the box held at that moment (typing after the
 * fix included) is kept for redo, so no text is ever dropped.
 */
export function useFixHistory(current: StoredInput, replace: (input: StoredInput) => void): FixHistory {
  const [past, setPast] = useState<FixStep[]>([]);
  const [future, setFuture] = useState<FixStep[]>([]);
  // The history survives a reload (IndexedDB), as the input does: the text before a fix is never only in memory.
  const loaded = useRef(false);
  useEffect(() => {
    let live = true;
    idbGet<{ past: FixStep[]; future: FixStep[] }>(HISTORY_KEY)
      .then((stored) => {
        if (!live || !stored) return;
        setPast((p) => (p.length > 0 ? p : stored.past));
        setFuture((f) => (f.length > 0 ? f : stored.future));
      })
      .catch(() => undefined)
      .finally(() => {
        loaded.current = true;
      });
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (!loaded.current && past.length === 0 && future.length === 0) return;
    const timer = setTimeout(
      () =>
        void idbSet(HISTORY_KEY, { past: past.slice(-10), future: future.slice(-10) }).catch(() => undefined),
      300,
    );
    return () => clearTimeout(timer);
  }, [past, future]);
  const apply = useCallback(
    (step: FixStep) => {
      setPast((p) => [...p, step]);
      setFuture([]);
      replace(step.after);
    },
    [replace],
  );
  const undo = useCallback(() => {
    const step = past[past.length - 1];
    if (!step) return;
    setPast(past.slice(0, -1));
    setFuture([...future, { ...step, after: current }]);
    replace(step.before);
  }, [past, future, current, replace]);
  const redo = useCallback(() => {
    const step = future[future.length - 1];
    if (!step) return;
    setFuture(future.slice(0, -1));
    setPast([...past, step]);
    replace(step.after);
  }, [past, future, replace]);
  const reset = useCallback(() => {
    setPast([]);
    setFuture([]);
  }, []);
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
