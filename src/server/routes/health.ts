import type { Hono } from 'hono';
import type { ServiceDeps } from '../config';

/** `GET /api/health` → `{"ok": true, "version": "…"}`. Never cached, never rate limited. */
export function registerHealth(app: Hono, deps: ServiceDeps): void {
  app.get('/api/health', (c) => {
    c.header('cache-control', 'no-store');
    return c.json({ ok: true, version: deps.config.version });
  });
}
