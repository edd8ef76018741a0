import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit';

describe('the token-bucket rate limiter (time stepped, not waited for)', () => {
  it('allows a burst, then refills at the per-minute rate', () => {
    let now = 0;
    const limiter = createRateLimiter({ perMinute: 30, burst: 3, now: () => now });
    expect([1, 2, 3].map(() => limiter.take('a').ok)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 2 });
    now += 1000;
    expect(limiter.take('a').ok).toBe(false);
    now += 1000;
    expect(limiter.take('a')).toEqual({ ok: true, remaining: 0 });
    expect(limiter.take('b').ok).toBe(true);
  });

  it('is off at 0 per minute', () => {
    const limiter = createRateLimiter({ perMinute: 0, burst: 1 });
    for (let i = 0; i < 100; i++) expect(limiter.take('a').ok).toBe(true);
    expect(limiter.size()).toBe(0);
  });

  it('forgets refilled buckets and keeps at most maxClients', () => {
    let now = 0;
    const limiter = createRateLimiter({ perMinute: 60, burst: 2, maxClients: 100, now: () => now });
    for (let i = 0; i < 1000; i++) limiter.take(`client-${i}`);
    expect(limiter.size()).toBeLessThanOrEqual(100);
    now += 60_000;
    limiter.take('late');
    expect(limiter.size()).toBe(1);
  });
});
