import type { Context, Hono } from 'hono';
import { createApp } from '../app';
import { createServiceDeps, loadConfig } from '../config';

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
  return createApp(createServiceDeps(loaded.config), { clientIp });
}
