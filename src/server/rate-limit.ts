/**
 * Per-client rate limit: a token bucket per client key (the client's
 * address). Each bucket holds up to `burst` tokens and refills at
 * `perMinute / 60` tokens a second; a request takes one token (the link
 * checker's own bucket: one per URL). With
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
  /** Takes `cost` tokens (1 by default) from the client's bucket, or none when it holds fewer. */
  take(client: string, cost?: number): RateDecision | Promise<RateDecision>;
  /** Buckets held right now (for tests and the load script). */
  size(): number;
}

/** The in-process limiter answers at once. */
export interface MemoryRateLimiter extends RateLimiter {
  take(client: string, cost?: number): RateDecision;
}

interface Bucket {
  tokens: number;
  at: number;
}

export function createRateLimiter(options: RateLimitOptions): MemoryRateLimiter {
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
    take(client, cost = 1) {
      if (options.perMinute <= 0) return { ok: true, remaining: Infinity };
      const t = now();
      sweep(t);
      let b = buckets.get(client);
      if (!b) {
        b = { tokens: options.burst, at: t };
        buckets.set(client, b);
      } else refill(b, t);
      if (b.tokens >= cost) {
        b.tokens -= cost;
        return { ok: true, remaining: Math.floor(b.tokens) };
      }
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((cost - b.tokens) / perMs / 1000)) };
    },
    size: () => buckets.size,
  };
}
