import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TestCert } from './certs';

/**
 * Real HTTP and HTTPS servers on loopback for link-check tests and the bench:
 * a table of paths to behaviours (redirects of every kind, HEAD refusal, bot
 * walls, slow and stalled answers, resets, malformed answers, huge bodies).
 * Every request is recorded, so tests can prove what was (not) requested.
 */
export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface SeenRequest {
  method: string;
  path: string;
  host: string;
  userAgent: string;
}

export interface HttpTestServer {
  port: number;
  /** `http://127.0.0.1:PORT` (or https, or the IPv6 form). */
  origin: string;
  requests: SeenRequest[];
  /** Most requests in flight at once. */
  maxInFlight(): number;
  /** TCP connections accepted so far. */
  connections(): number;
  close(): Promise<void>;
}

export interface HttpTestServerOptions {
  routes: Record<string, Handler>;
  /** Loopback address to listen on: 127.0.0.1 (default), another 127.x address, or ::1. */
  host?: string;
  port?: number;
  /** Serve HTTPS with this certificate. */
  tls?: TestCert;
}

export async function startHttpTestServer(options: HttpTestServerOptions): Promise<HttpTestServer> {
  const requests: SeenRequest[] = [];
  let inFlight = 0;
  let most = 0;
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push({
      method: req.method ?? '',
      path: `${url.pathname}${url.search}`,
      host: req.headers.host ?? '',
      userAgent: req.headers['user-agent'] ?? '',
    });
    inFlight++;
    most = Math.max(most, inFlight);
    let counted = true;
    const done = (): void => {
      if (counted) inFlight--;
      counted = false;
    };
    res.on('close', done);
    const handler = options.routes[url.pathname] ?? options.routes['*'];
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    handler(req, res);
  };
  const server: Server = options.tls
    ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, handle)
    : createHttpServer(handle);
  let connections = 0;
  server.on(options.tls ? 'secureConnection' : 'connection', () => connections++);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    port,
    origin: `${options.tls ? 'https' : 'http'}://${shownHost}:${port}`,
    requests,
    maxInFlight: () => most,
    connections: () => connections,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A redirect (301/302/303/307/308) to `location`, relative or absolute. */
export function redirect(status: number, location: string): Handler {
  return (_req, res) => {
    res.writeHead(status, { location, 'content-length': '0' }).end();
  };
}

/** A response with a body (not sent to HEAD). */
export function page(status: number, body = 'ok', headers: Record<string, string> = {}): Handler {
  return (req, res) => {
    res.writeHead(status, {
      'content-type': 'text/plain; charset=utf-8',
      'content-length': String(Buffer.byteLength(body)),
      ...headers,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

/** An HTML page. */
export function html(body: string, status = 200, headers: Record<string, string> = {}): Handler {
  return page(status, body, { 'content-type': 'text/html; charset=utf-8', ...headers });
}

/** 405 to HEAD (or `status`), `handler` for other methods. */
export function refuseHead(handler: Handler, status = 405): Handler {
  return (req, res) => {
    if (req.method === 'HEAD') res.writeHead(status, { allow: 'GET' }).end();
    else handler(req, res);
  };
}

/** Answers with `handler` after `ms`. */
export function delayed(ms: number, handler: Handler): Handler {
  return (req, res) => {
    const timer = setTimeout(() => handler(req, res), ms);
    res.on('close', () => clearTimeout(timer));
  };
}

/** Never answers (the socket stays open until the client gives up or the server closes). */
export function stall(): Handler {
  return () => undefined;
}

/** Resets the connection without an answer. */
export function reset(): Handler {
  return (req) => {
    req.socket.resetAndDestroy();
  };
}

/** Writes bytes that are not HTTP, then closes. */
export function garbage(): Handler {
  return (req) => {
    req.socket.end('HTTP/1.1 ??? not-a-status\r\nthis is not a header\r\n\r\n');
  };
}

/**
 * An HTML body of `bytes` bytes (streamed with backpressure; stops when the
 * client goes away), with `tail` at the end. `sent.bytes` counts what was
 * handed to the socket, so a test can tell the client stopped reading.
 */
export function hugeHtml(bytes: number, tail = '', sent: { bytes: number } = { bytes: 0 }): Handler {
  return (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(bytes + tail.length) });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const chunk = Buffer.alloc(16 * 1024, 'a');
    let left = bytes;
    const pump = (): void => {
      while (left > 0 && !res.destroyed) {
        const n = Math.min(left, chunk.length);
        left -= n;
        sent.bytes += n;
        if (!res.write(chunk.subarray(0, n))) {
          res.once('drain', pump);
          return;
        }
      }
      if (!res.destroyed) res.end(tail);
    };
    pump();
  };
}
