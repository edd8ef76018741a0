import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSecureContext } from 'node:tls';
import type { TestCert } from './certs';

/**
 * A real HTTPS server on loopback with a test certificate. With `sni`, the
 * certificate depends on the name the client asks for (the branded domain
 * that serves the platform's wildcard certificate, for instance); `cert` is
 * the default.
 */
export interface HttpsTestServer {
  port: number;
  /** `127.0.0.1:PORT` */
  address: string;
  close(): Promise<void>;
}

export async function startHttpsTestServer(options: {
  cert: TestCert;
  sni?: Record<string, TestCert>;
  handler?: (req: IncomingMessage, res: ServerResponse) => void;
  host?: string;
}): Promise<HttpsTestServer> {
  const contexts = new Map(
    Object.entries(options.sni ?? {}).map(([name, c]) => [
      name.toLowerCase(),
      createSecureContext({ cert: c.cert, key: c.key }),
    ]),
  );
  const server: Server = createServer(
    {
      cert: options.cert.cert,
      key: options.cert.key,
      SNICallback: (name, cb) => cb(null, contexts.get(name.toLowerCase()) ?? undefined),
    },
    options.handler ??
      ((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('ok');
      }),
  );
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(0, host, () => resolve()));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    address: `${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
