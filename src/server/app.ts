import { Hono, type Context } from 'hono';
import type { ServiceDeps } from './config';
import { sendError } from './errors';
import { createLogger, type Logger } from './logger';
import { createRateLimiter, type RateLimiter } from './rate-limit';
import { API_HEADERS } from './static-headers';
import { registerHealth } from './routes/health';
import { registerSender } from './routes/sender';
import { registerTrackingDomain } from './routes/tracking-domain';
import { registerLinksCheck } from './routes/links-check';

export interface AppOptions {
  logger?: Logger;
  rateLimiter?: RateLimiter;
  /** The link checker's bucket, charged one token per URL (URL_RATE_LIMIT). */
  urlRateLimiter?: RateLimiter;
  /**
   * Host names the service answers to when ALLOWED_HOSTNAMES is not set (the
   * Node server: loopback names and HOST); none = no check.
   */
  defaultHostnames?: readonly string[];
  /** The client's address as the platform reports it (the socket, the Lambda event …). */
  clientIp?: (c: Context) => string | undefined;
  /** Adds routes after the API (the Node adapter's static web app). */
  site?: (app: Hono) => void;
}

/**
 * The look-up service as one Web-standard `Request → Response` app (docs/contracts/api.md).
 * Adapters (node, lambda, vercel, netlify) only turn their platform's request
 * into a `Request` and call `app.fetch`.
 */
export function createApp(deps: ServiceDeps, options: AppOptions = {}): Hono {
  const logger = options.logger ?? createLogger(deps.config.logLevel);
  const limiter = options.rateLimiter ?? createRateLimiter(deps.config.rateLimit);
  const urlLimiter = options.urlRateLimiter ?? createRateLimiter(deps.config.urlRateLimit);
  const hostnames = deps.config.allowedHostnames ?? options.defaultHostnames ?? null;
  const app = new Hono();

  app.onError((err, c) => {
    if (c.req.raw.signal.aborted || isClientGone(err)) {
      // The client went away (mid-upload, mid-answer): nothing to answer and nothing broken.
      logger.info('client gone', { method: c.req.method, path: c.req.path });
      return sendError(c, 'bad-request', 'body: the request was interrupted before it was complete');
    }
    logger.error('unhandled error', {
      method: c.req.method,
      path: c.req.path,
      error: err instanceof Error ? (err.stack ?? err.message) : String(err),
    });
    return sendError(c, 'internal', 'The service failed to answer; the error was logged.');
  });

  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    if (c.req.path.startsWith('/api/')) {
      for (const [k, v] of Object.entries(API_HEADERS)) c.res.headers.set(k, v);
    }
    // One content type for every JSON answer (docs/contracts/api.md), whatever helper wrote it.
    if (c.res.headers.get('content-type') === 'application/json') {
      c.res.headers.set('content-type', 'application/json; charset=utf-8');
    }
    logger.info('request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  });

  if (hostnames !== null && !hostnames.includes('*')) {
    // A DNS-rebinding page reaches a locally run service under its own name: answer only to the names configured.
    const allowed = new Set(hostnames.map(normaliseHostname));
    app.use('*', async (c, next) => {
      const host = normaliseHostname(new URL(c.req.url).hostname);
      if (!allowed.has(host)) {
        return sendError(
          c,
          'bad-request',
          `Host: this service does not answer to ${JSON.stringify(host.slice(0, 100))} (see ALLOWED_HOSTNAMES)`,
        );
      }
      return next();
    });
  }

  app.use('/api/*', async (c, next) => {
    if (c.req.path === '/api/health') return next();
    const client = clientKey(c, deps, options);
    const decision = await limiter.take(client);
    if (!decision.ok) {
      const seconds = decision.retryAfterSeconds;
      return sendError(c, 'rate-limited', `Too many requests; try again in ${seconds} s.`, {
        'retry-after': String(seconds),
      });
    }
    return next();
  });

  registerHealth(app, deps);
  registerSender(app, deps);
  registerTrackingDomain(app, deps);
  registerLinksCheck(app, deps, {
    chargeUrls: (c, count) => urlLimiter.take(clientKey(c, deps, options), count),
  });

  app.all('/api/*', (c) => notFoundOrNotAllowed(app, c));
  options.site?.(app);
  app.notFound((c) => notFoundOrNotAllowed(app, c));
  return app;
}

/** 405 with `Allow` when the path exists for other methods, else 404. */
function notFoundOrNotAllowed(app: Hono, c: Context): Response {
  const methods = new Set(
    app.routes.filter((r) => r.path === c.req.path && r.method !== 'ALL').map((r) => r.method.toUpperCase()),
  );
  if (methods.size > 0) {
    if (methods.has('GET')) methods.add('HEAD');
    const allow = [...methods].sort().join(', ');
    return sendError(c, 'method-not-allowed', `${c.req.method} is not allowed here; use ${allow}.`, {
      allow,
    });
  }
  return sendError(c, 'not-found', `No route ${c.req.path}.`);
}

function clientKey(c: Context, deps: ServiceDeps, options: AppOptions): string {
  if (deps.config.trustProxy) {
    // The address the trusted proxy appended last: earlier entries come from the client and can be forged.
    const forwarded = c.req.header('x-forwarded-for')?.split(',').pop()?.trim();
    if (forwarded) return forwarded;
  }
  return options.clientIp?.(c) ?? 'unknown';
}

/** `[::1]`, `Example.COM.` → `::1`, `example.com`. */
function normaliseHostname(host: string): string {
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  return h.startsWith('[') && h.endsWith(']') ? h.slice(1, -1) : h;
}

/** Errors of a request whose client closed the connection (Node's stream errors, an aborted body read). */
function isClientGone(err: unknown): boolean {
  const e = err as { code?: unknown; name?: unknown; message?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : '';
  return (
    code === 'ECONNRESET' ||
    code === 'ERR_STREAM_PREMATURE_CLOSE' ||
    code === 'ABORT_ERR' ||
    e.name === 'AbortError' ||
    message === 'aborted' ||
    /^(request|socket) (aborted|hang up)|terminated/i.test(message)
  );
}
