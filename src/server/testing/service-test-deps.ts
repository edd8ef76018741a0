import { createServiceDeps, loadConfig, type ServiceDeps } from '../config';

/**
 * Service dependencies for tests: the real resolver pointed at the test DNS
 * server, short timeouts, and the test CA trusted through `extraCa` (what
 * EXTRA_CA_CERTS does in production).
 */
export function serviceTestDeps(env: Record<string, string>, extraCa: readonly string[] = []): ServiceDeps {
  // The test servers listen on ports the system picks: any port is allowed unless a test says otherwise.
  const loaded = loadConfig({
    DNS_TIMEOUT_MS: '400',
    TLS_TIMEOUT_MS: '3000',
    LOG_LEVEL: 'silent',
    ALLOWED_PORTS: '*',
    // Test zones change answers while a test runs (rebinding): no answer is kept unless a test asks.
    DNS_CACHE_MAX_SECONDS: '0',
    ...env,
  });
  if (!loaded.ok) throw new Error(loaded.message);
  return { ...createServiceDeps(loaded.config), extraCa };
}
