import { useEffect, useState } from 'react';
import type { StoredInput } from '../../lib/persist';

/** Above this many characters, typing waits longer before the analysis runs again. */
export const LARGE_INPUT = 200_000;

/**
 * The input to analyse: typing is debounced (150 ms, 400 ms for large
 * emails); anything else (a paste, drop, upload, sample or fix, told by the
 * input event's type, not by a change of length) goes through at once.
 */
export function useSettledInput(input: StoredInput, typed: boolean): StoredInput {
  const [settled, setSettled] = useState(input);
  useEffect(() => {
    const ms = !typed ? 0 : input.text.length > LARGE_INPUT ? 400 : 150;
    const timer = setTimeout(() => {
      setSettled(input);
    }, ms);
    return () => clearTimeout(timer);
  }, [input, typed]);
  return settled;
}
