/**
 * A cache for a pure function of one string (a URL, an href): an email repeats
 * the same URL many times, and several rules and the tracking context ask the
 * same questions about it. The caches hold one analysis' worth: the analysis
 * empties them when it starts (forgetStringMemos), so a long-running worker or
 * server keeps no URLs of earlier emails; they are bounded besides.
 *
 * Only for functions whose result depends on the string alone, and whose
 * result callers do not mutate (return a copy from the wrapper otherwise).
 */
export function memoByString<T>(fn: (s: string) => T, limit = 20_000): (s: string) => T {
  let cache = new Map<string, T | typeof UNDEFINED>();
  CLEARS.push(() => {
    if (cache.size > 0) cache = new Map();
  });
  return (s: string): T => {
    const known = cache.get(s);
    if (known !== undefined) return known === UNDEFINED ? (undefined as T) : (known as T);
    const value = fn(s);
    if (cache.size >= limit) cache = new Map();
    cache.set(s, value === undefined ? UNDEFINED : value);
    return value;
  };
}

const CLEARS: Array<() => void> = [];

/** Stands for a cached `undefined`, so a hit costs one look-up. */
const UNDEFINED: unique symbol = Symbol('undefined');

/** Empties every string memo (called at the start of each analysis). */
export function forgetStringMemos(): void {
  for (const clear of CLEARS) clear();
}
