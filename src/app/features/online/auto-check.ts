import { useCallback, useEffect, useRef, useState } from 'react';

const KEY = 'eli:online-auto';

/** The opt-in "check links online automatically" setting (localStorage; off by default). */
export function useAutoCheck(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => {
    try {
      return localStorage.getItem(KEY) === '1';
    } catch {
      return false;
    }
  });
  const set = useCallback((value: boolean) => {
    setOn(value);
    try {
      localStorage.setItem(KEY, value ? '1' : '0');
    } catch {
      // Storage refused (private mode): the setting lasts for this page only.
    }
  }, []);
  return [on, set];
}

/**
 * The opt-in automatic run: once per email (`inputKey`), when the setting is
 * on, the report is of the current input and it has links to check.
 */
export function useAutoRun(args: {
  on: boolean;
  ready: boolean;
  inputKey: string;
  targets: number;
  start: () => void;
}): void {
  const { on, ready, inputKey, targets, start } = args;
  const ran = useRef<string | null>(null);
  useEffect(() => {
    if (!on || !ready || ran.current === inputKey || targets === 0) return;
    ran.current = inputKey;
    start();
  }, [on, ready, inputKey, targets, start]);
}
