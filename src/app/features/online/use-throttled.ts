import { useEffect, useRef, useState } from 'react';

/**
 * The value, passed on at most once per `ms` while it keeps changing (at once
 * when `ms` is 0). Link checks stream in many answers; each new set of facts
 * re-runs the analysis and re-renders the preview, so they go on in steps.
 */
export function useThrottled<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    if (ms === 0) {
      last.current = Date.now();
      setShown(value);
      return;
    }
    const wait = Math.max(0, last.current + ms - Date.now());
    const timer = setTimeout(() => {
      last.current = Date.now();
      setShown(value);
    }, wait);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return ms === 0 ? value : shown;
}
