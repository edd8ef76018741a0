import { defineConfig } from 'vite';

// Node bundles of the look-up service's local server and the CLI (dependencies stay external).
export default defineConfig({
  build: {
    ssr: true,
    outDir: 'dist/node',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rollupOptions: {
      input: {
        server: 'src/server/adapters/node.ts',
        cli: 'src/cli/main.ts',
        'cli-worker': 'src/cli/pool/worker.ts',
      },
      output: { format: 'es', entryFileNames: '[name].js' },
    },
  },
});
