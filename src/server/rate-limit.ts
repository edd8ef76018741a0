/**
 * Per-client rate limit: a token bucket per client key (the client's
 * address). Each bucket holds up to `burst` tokens and refills at
 * `perMinute / 60` tokens a second; a request takes one token. With
 * `perMinute` 0 the limit is off.
 *
 * The clock is injectable so tests step time instead of waiting. Buckets that
 * have refilled completely are forgotten, and the table is bounded, so memory
 * stays flat however many clients come and go.
 */
export interface RateLimitOptions {
  perMinute: number;
  burst: number;
  /** Most buckets kept at once; the oldest are dropped past it. */
  maxClients?: number;
  now?: () => number;
}

export type RateDecision = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  take(client: string): RateDecision;
  /** Buckets held right now (for tests and the load script). */
  size(): number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const now = options.now ?? (() => Date.now());
  const maxClients = options.maxClients ?? 10_000;
  const perMs = options.perMinute / 60_000;
  const buckets = new Map<string, Bucket>();
  let lastSweep = now();

  const refill = (b: Bucket, t: number): void => {
    b.tokens = Math.min(options.burst, b.tokens + (t - b.at) * perMs);
    b.at = t;
  };

  const sweep = (t: number): void => {
    if (t - lastSweep < 10_000 && buckets.size < maxClients) return;
    lastSweep = t;
    for (const [key, b] of buckets) {
      refill(b, t);
      if (b.tokens >= options.burst) buckets.delete(key);
    }
    // Still too many: drop the oldest (Map keeps insertion order).
    for (const key of buckets.keys()) {
      if (buckets.size < maxClients) break;
      buckets.delete(key);
    }
  };

  return {
    take(client) {
      if (options.perMinute <= 0) return { ok: true, remaining: Infinity };
      const t = now();
      sweep(t);
      let b = buckets.get(client);
      if (!b) {
        b = { tokens: options.burst, at: t };
        buckets.set(client, b);
      } else refill(b, t);
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return { ok: true, remaining: Math.floor(b.tokens) };
      }
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - b.tokens) / perMs / 1000)) };
    },
    size: () => buckets.size,
  };
}
