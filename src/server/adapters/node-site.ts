import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { APP_HEADERS } from '../static-headers';

/**
 * The built web app (dist/app) on the same port as /api/*: files as they are,
 * `index.html` for `/` and for app paths without a file extension, the app's
 * security headers on all of them. Hashed assets are cached for a year. A
 * file's brotli or gzip copy written at build (`x.js.br`, `x.js.gz`) is sent
 * instead when the browser accepts it (`Content-Encoding`, `Vary: Accept-Encoding`).
 */
export function registerStaticSite(app: Hono, root: string): void {
  app.use('*', async (c, next) => {
    await next();
    if (c.req.path.startsWith('/api/')) return;
    for (const [k, v] of Object.entries(APP_HEADERS)) c.res.headers.set(k, v);
    if (c.res.status === 200 && !c.res.headers.has('cache-control')) {
      c.res.headers.set(
        'cache-control',
        c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    }
  });
  app.get('*', serveStatic({ root, precompressed: true }));
  app.get('*', async (c, next) => {
    const last = c.req.path.split('/').pop() ?? '';
    if (c.req.path.startsWith('/api/') || last.includes('.')) return next();
    return serveStatic({ root, path: 'index.html', precompressed: true })(c, next);
  });
}
