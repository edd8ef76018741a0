/**
 * Bounded concurrency for outbound checks: a limit overall (links in flight)
 * and a limit per destination (`host:port`, requests in flight), so that one
 * email full of links to the same site does not hammer it.
 */
export interface Semaphore {
  run<T>(fn: () => Promise<T>): Promise<T>;
}

export function createSemaphore(max: number): Semaphore {
  let active = 0;
  const waiting: Array<() => void> = [];
  const release = (): void => {
    active--;
    const next = waiting.shift();
    if (next) {
      active++;
      next();
    }
  };
  return {
    async run<T>(fn: () => Promise<T>): Promise<T> {
      if (active < max) active++;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      try {
        return await fn();
      } finally {
        release();
      }
    },
  };
}

export interface KeyedLimiter {
  run<T>(key: string, fn: () => Promise<T>): Promise<T>;
}

/** One semaphore per key, dropped when idle. */
export function createKeyedLimiter(maxPerKey: number): KeyedLimiter {
  const byKey = new Map<string, { semaphore: Semaphore; users: number }>();
  return {
    async run<T>(key: string, fn: () => Promise<T>): Promise<T> {
      let entry = byKey.get(key);
      if (!entry) {
        entry = { semaphore: createSemaphore(maxPerKey), users: 0 };
        byKey.set(key, entry);
      }
      entry.users++;
      try {
        return await entry.semaphore.run(fn);
      } finally {
        entry.users--;
        if (entry.users === 0) byKey.delete(key);
      }
    },
  };
}
