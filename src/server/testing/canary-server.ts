import { createServer, type Server, type Socket } from 'node:net';

/**
 * The SSRF canary: a TCP listener on loopback (127.0.0.1 and ::1, one port)
 * that counts every connection. It never answers. The SSRF suite points
 * every forbidden address form at it; a count above zero means a request
 * got through the guard.
 */
export interface CanaryServer {
  port: number;
  /** Connections accepted so far, on any of its addresses. */
  hits(): number;
  close(): Promise<void>;
}

export async function startCanaryServer(): Promise<CanaryServer> {
  let hits = 0;
  const sockets = new Set<Socket>();
  const make = (): Server =>
    createServer((socket) => {
      hits++;
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
      socket.end();
    });
  const listen = (server: Server, port: number, host: string): Promise<boolean> =>
    new Promise((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, host, () => resolve(true));
    });

  // Find a port free on both loopback addresses.
  for (let attempt = 0; attempt < 20; attempt++) {
    const v4 = make();
    await listen(v4, 0, '127.0.0.1');
    const port = (v4.address() as { port: number }).port;
    const v6 = make();
    if (await listen(v6, port, '::1')) {
      const servers = [v4, v6];
      return {
        port,
        hits: () => hits,
        async close() {
          for (const s of sockets) s.destroy();
          await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
        },
      };
    }
    await new Promise<void>((resolve) => v4.close(() => resolve()));
  }
  throw new Error('no port free on both 127.0.0.1 and ::1');
}
