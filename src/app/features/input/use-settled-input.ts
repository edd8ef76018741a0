import { useEffect, useRef, useState } from 'react';
import type { StoredInput } from '../../lib/persist';

/** Above this many characters, typing waits longer before the analysis runs again. */
export const LARGE_INPUT = 200_000;

/**
 * The input to analyse: typing is debounced (150 ms, 400 ms for large
 * emails); a paste, drop, upload or sample (a jump of over 1,000 characters
 * or a new file name) goes through at once.
 */
export function useSettledInput(input: StoredInput): StoredInput {
  const [settled, setSettled] = useState(input);
  const last = useRef(input);
  useEffect(() => {
    const previous = last.current;
    const jump = Math.abs(input.text.length - previous.text.length) > 1000 || input.name !== previous.name;
    const ms = jump ? 0 : input.text.length > LARGE_INPUT ? 400 : 150;
    const timer = setTimeout(() => {
      last.current = input;
      setSettled(input);
    }, ms);
    return () => clearTimeout(timer);
  }, [input]);
  return settled;
}
