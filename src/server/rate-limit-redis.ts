import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateDecision, RateLimiter } from './rate-limit';

/**
 * The rate limit shared by every instance of the service (serverless
 * platforms run many): RATE_LIMIT_STORE=redis://… keeps the counts in Redis
 * through rate-limiter-flexible, with ioredis as the client. Each client gets
 * `burst` points per window of `burst / perMinute` minutes (the token bucket's
 * refill time). When Redis cannot be reached, each instance falls back to its
 * own in-memory count with the same limits (rate-limiter-flexible's insurance
 * limiter), so an outage of the store neither opens the service wide nor
 * refuses everyone.
 */
export interface SharedRateLimiter extends RateLimiter {
  close(): Promise<void>;
}

export function createRedisClient(url: string): Redis {
  // Fail fast rather than queue commands while Redis is away: the insurance limiter answers meanwhile.
  return new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 });
}

export function createRedisRateLimiter(
  client: Redis,
  options: { perMinute: number; burst: number; keyPrefix: string },
): SharedRateLimiter {
  const duration = Math.max(1, Math.round((options.burst / Math.max(options.perMinute, 1e-9)) * 60));
  const limits = { points: options.burst, duration };
  const limiter = new RateLimiterRedis({
    storeClient: client,
    keyPrefix: options.keyPrefix,
    ...limits,
    insuranceLimiter: new RateLimiterMemory({ keyPrefix: options.keyPrefix, ...limits }),
  });
  return {
    async take(key, cost = 1): Promise<RateDecision> {
      if (options.perMinute <= 0) return { ok: true, remaining: Infinity };
      try {
        const res = await limiter.consume(key, cost);
        return { ok: true, remaining: res.remainingPoints };
      } catch (e) {
        if (e instanceof RateLimiterRes) {
          return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(e.msBeforeNext / 1000)) };
        }
        // Neither store could answer: let the request through rather than fail every request.
        return { ok: true, remaining: 0 };
      }
    },
    size: () => 0,
    async close() {
      client.disconnect();
    },
  };
}

/** The request and URL limiters over one Redis connection, when RATE_LIMIT_STORE names one; null otherwise. */
export function sharedLimitersFromConfig(config: {
  rateLimitStore: string | null;
  rateLimit: { perMinute: number; burst: number };
  urlRateLimit: { perMinute: number; burst: number };
}): {
  rateLimiter: SharedRateLimiter;
  urlRateLimiter: SharedRateLimiter;
  /** Resolves once connected (until then, each instance counts alone). */
  ready(): Promise<void>;
  close(): Promise<void>;
} | null {
  if (config.rateLimitStore === null) return null;
  const client = createRedisClient(config.rateLimitStore);
  // An unreachable store is reported by the insurance limiter's use, not as an unhandled error event.
  client.on('error', () => undefined);
  return {
    rateLimiter: createRedisRateLimiter(client, { ...config.rateLimit, keyPrefix: 'eli:requests' }),
    urlRateLimiter: createRedisRateLimiter(client, { ...config.urlRateLimit, keyPrefix: 'eli:urls' }),
    ready: () =>
      client.status === 'ready'
        ? Promise.resolve()
        : new Promise((resolve) => client.once('ready', () => resolve())),
    close: async () => {
      client.disconnect();
    },
  };
}
