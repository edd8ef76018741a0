import type { Context, Hono } from 'hono';
import { createApp } from '../app';
import { createServiceDeps, loadConfig } from '../config';
import { sharedLimitersFromConfig } from '../rate-limit-redis';

/**
 * The app as a serverless platform runs it: configuration from the
 * environment, read once per cold start. A bad variable throws with a message
 * naming it, so the platform's log shows why the function does not start.
 */
export function appFromEnv(
  env: Record<string, string | undefined>,
  clientIp: (c: Context) => string | undefined,
): Hono {
  const loaded = loadConfig(env);
  if (!loaded.ok) throw new Error(loaded.message);
  const shared = sharedLimitersFromConfig(loaded.config);
  return createApp(createServiceDeps(loaded.config), {
    clientIp,
    ...(shared ? { rateLimiter: shared.rateLimiter, urlRateLimiter: shared.urlRateLimiter } : {}),
  });
}
