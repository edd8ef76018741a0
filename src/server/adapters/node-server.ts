import { serve, type ServerType } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createApp } from '../app';
import { createServiceDeps, loadConfig, type ServiceDeps } from '../config';
import { createLogger, type Logger } from '../logger';
import { registerStaticSite } from './node-site';

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
  const app = createApp(deps, {
    logger,
    clientIp: (c) => getConnInfo(c).remote.address,
    ...(staticDir !== null ? { site: (a) => registerStaticSite(a, staticDir) } : {}),
  });
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
    s.once('error', (err: NodeJS.ErrnoException) =>
      reject(new Error(`Cannot listen on ${config.host}:${config.port}: ${err.code ?? err.message}`)),
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
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
