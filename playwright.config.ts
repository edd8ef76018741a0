import { defineConfig, devices } from '@playwright/test';

/**
 * Playwright drives Debian's Chromium by default (browser downloads are not
 * possible on our machines); set CHROMIUM_PATH to use another binary, or to
 * an empty string to use Playwright's own browser.
 */
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** The port of the app server the suite starts; set E2E_PORT to run two checkouts' suites side by side. */
const port = process.env['E2E_PORT'] ?? '4788';

export default defineConfig({
  testDir: 'e2e',
  testMatch: /.*\.spec\.ts/,
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 2,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'node dist/node/server.js',
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: !process.env['CI'],
    // No public resolver is ever asked from a test: the propagation check stays off for this server.
    env: { PORT: port, HOST: '127.0.0.1', DNS_PROPAGATION_SERVERS: '' },
    timeout: 60_000,
  },
});
