import { getConnInfo, handle } from 'hono/vercel';
import type { Hono } from 'hono';
import { appFromEnv } from './app-from-env';

/**
 * Vercel Functions (Node.js runtime, Web-standard handlers). Re-export from
 * `api/[[...route]].ts`; Vercel sets `x-real-ip` to the client's address.
 */
export function createVercelHandler(
  env: Record<string, string | undefined>,
): (req: Request) => Response | Promise<Response> {
  const app: Hono = appFromEnv(env, (c) => getConnInfo(c).remote.address);
  return handle(app);
}

const handler = createVercelHandler(process.env);

export const GET = handler;
export const POST = handler;
export const HEAD = handler;
export const OPTIONS = handler;
export default handler;
