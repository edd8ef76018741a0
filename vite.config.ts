import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { compression } from 'vite-plugin-compression2';
import { APP_HEADERS } from './src/server/static-headers';

// The single-page app. The look-up service is proxied in dev so the app calls /api/* on its own origin.
// `vite preview` sends the same security headers (CSP included) as the Node server, so a preview run
// meets the policy the product ships with.
// Every script, style and the page itself is also written gzip- and brotli-compressed (`x.js.gz`,
// `x.js.br`): the Node server sends those to a browser that accepts them (source maps are left as they are).
export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    compression({
      algorithms: ['gzip', 'brotliCompress'],
      // The plugin's own list, plus Ghostery's tracker engine the worker fetches (1.7 MB, 0.5 MB as brotli).
      include: /\.(html|xml|css|json|js|mjs|svg|yaml|yml|toml|engine)$/,
      exclude: [/\.map$/],
      threshold: 1024,
    }),
  ],
  build: {
    outDir: 'dist/app',
    emptyOutDir: true,
    sourcemap: true,
    // The initial bundle is budgeted (200 KB gzipped); the worker and the source view are separate chunks.
    chunkSizeWarningLimit: 700,
  },
  worker: { format: 'es' },
  server: {
    proxy: { '/api': `http://127.0.0.1:${process.env['API_PORT'] ?? '8787'}` },
  },
  preview: {
    headers: { ...APP_HEADERS },
    proxy: { '/api': `http://127.0.0.1:${process.env['API_PORT'] ?? '8787'}` },
  },
});
