import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Playwright specs in e2e/ are run by Playwright, not Vitest.
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
