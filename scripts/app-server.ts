import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Starts the production server (`node dist/node/server.js`) on loopback and waits for /api/health. */
export async function startAppServer(port: number): Promise<{ origin: string; stop: () => void }> {
  if (!existsSync('dist/node/server.js') || !existsSync('dist/app/index.html')) {
    throw new Error('No production build: run `npm run build` first.');
  }
  const origin = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(process.execPath, ['dist/node/server.js'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return { origin, stop: () => server.kill() };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`The app server did not start on ${origin}`);
}
