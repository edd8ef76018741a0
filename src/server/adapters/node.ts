import { fileURLToPath } from 'node:url';
import { startNodeServer } from './node-server';

/**
 * Entry of dist/node/server.js (`npm start`). The web app is served from
 * ../app next to the bundle (dist/app) unless STATIC_DIR says otherwise.
 */
const staticDir = fileURLToPath(new URL('../app', import.meta.url));

startNodeServer(process.env, { staticDir }).then(
  (server) => {
    const stop = () => void server.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
