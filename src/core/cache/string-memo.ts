/**
 * A cache for a pure function of one string (a URL, an href): an email repeats
 * the same URL many times, and several rules and the tracking context ask the
 * same questions about it. Bounded: when full, it starts again empty, so a
 * long-running worker or server does not grow without limit.
 *
 * Only for functions whose result depends on the string alone, and whose
 * result callers do not mutate (return a copy from the wrapper otherwise).
 */
export function memoByString<T>(fn: (s: string) => T, limit = 20_000): (s: string) => T {
  let cache = new Map<string, T>();
  return (s: string): T => {
    const known = cache.get(s);
    if (known !== undefined || cache.has(s)) return known as T;
    const value = fn(s);
    if (cache.size >= limit) cache = new Map();
    cache.set(s, value);
    return value;
  };
}
