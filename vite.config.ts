import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

// The single-page app. The look-up service is proxied in dev so the app calls /api/* on its own origin.
export default defineConfig({
  plugins: [react(), tailwindcss()],
  build: {
    outDir: 'dist/app',
    emptyOutDir: true,
    sourcemap: true,
  },
  worker: { format: 'es' },
  server: {
    proxy: { '/api': `http://127.0.0.1:${process.env['API_PORT'] ?? '8787'}` },
  },
});
