import type { Duplex } from 'node:stream';
import { serve, type ServerType } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createApp } from '../app';
import { createServiceDeps, loadConfig, type ServiceDeps } from '../config';
import { errorBody } from '../errors';
import { createLogger, type Logger } from '../logger';
import { registerStaticSite } from './node-site';
import { sharedLimitersFromConfig } from '../rate-limit-redis';

/** The names a locally run service answers to by default: loopback, and HOST when it is a name or one address. */
function defaultHostnames(host: string): string[] {
  const names = ['localhost', '127.0.0.1', '::1'];
  const h = host.toLowerCase();
  if (h !== '' && h !== '0.0.0.0' && h !== '::' && !names.includes(h)) names.push(h);
  return names;
}

export interface NodeServer {
  /** `http://HOST:PORT` */
  url: string;
  port: number;
  deps: ServiceDeps;
  close(): Promise<void>;
}

/**
 * The local Node server behind `npm start`: the web app from `staticDir` and
 * /api/* on one port (PORT, HOST). Configuration errors reject with a message
 * naming the variable.
 */
export async function startNodeServer(
  env: Record<string, string | undefined>,
  options: { staticDir?: string | null; logger?: Logger; deps?: Partial<ServiceDeps> } = {},
): Promise<NodeServer> {
  const loaded = loadConfig(env);
  if (!loaded.ok) throw new Error(loaded.message);
  const config = loaded.config;
  const deps: ServiceDeps = { ...createServiceDeps(config), ...options.deps };
  const logger = options.logger ?? createLogger(config.logLevel);
  const staticDir = config.staticDir ?? options.staticDir ?? null;
  const shared = sharedLimitersFromConfig(config);
  const app = createApp(deps, {
    logger,
    ...(shared ? { rateLimiter: shared.rateLimiter, urlRateLimiter: shared.urlRateLimiter } : {}),
    defaultHostnames: defaultHostnames(config.host),
    clientIp: (c) => getConnInfo(c).remote.address,
    ...(staticDir !== null ? { site: (a) => registerStaticSite(a, staticDir) } : {}),
  });
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve(
      {
        fetch: app.fetch,
        port: config.port,
        hostname: config.host,
        serverOptions: {
          requestTimeout: config.requestTimeoutMs,
          headersTimeout: Math.min(config.headersTimeoutMs, config.requestTimeoutMs),
          // How often Node looks for requests past those timeouts (its default, 30 s, would let them run long).
          connectionsCheckingInterval: Math.min(1000, config.headersTimeoutMs),
        },
      },
      () => resolve(s),
    );
    s.once('error', (err: NodeJS.ErrnoException) =>
      reject(new Error(`Cannot listen on ${config.host}:${config.port}: ${err.code ?? err.message}`)),
    );
  });
  // Slow bodies and headers are cut off by the timeouts above (Node's defaults keep a request open for 300 s).
  // Requests Node's own parser refuses (bad HTTP, headers too large, timeouts) get the service's JSON error too.
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    logger.info('client error', { code: err.code ?? err.message });
    if (!socket.writable || err.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const message =
      err.code === 'HPE_HEADER_OVERFLOW'
        ? 'headers: larger than the server accepts'
        : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? 'request: not received in time'
          : 'request: not a well-formed HTTP request';
    const body = JSON.stringify(errorBody('bad-request', message));
    socket.end(
      `HTTP/1.1 400 Bad Request\r\ncontent-type: application/json; charset=utf-8\r\ncache-control: no-store\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  logger.info('listening', { url: `http://${host}:${port}`, staticDir });
  return {
    url: `http://${host}:${port}`,
    port,
    deps,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => void (shared?.close() ?? Promise.resolve()).then(() => resolve()));
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
