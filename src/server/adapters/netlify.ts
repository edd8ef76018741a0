import { getConnInfo, handle } from 'hono/netlify';
import type { Hono } from 'hono';
import { appFromEnv } from './app-from-env';

/**
 * Netlify Functions (v2, Web-standard): re-export from
 * `netlify/functions/api.ts`. The client address is Netlify's `context.ip`.
 */
export function createNetlifyHandler(
  env: Record<string, string | undefined>,
): (req: Request, context: { ip?: string }) => Response | Promise<Response> {
  const app: Hono = appFromEnv(env, (c) => getConnInfo(c).remote.address);
  return handle(app);
}

export default createNetlifyHandler(process.env);

/** Netlify routes /api/* to this function. */
export const config = { path: '/api/*' };
