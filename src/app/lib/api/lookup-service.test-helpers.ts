import { vi } from 'vitest';
import { createApp } from '../../../server/app';
import { startDnsTestServer, type ZoneEntry } from '../../../server/testing/dns-test-server';
import { startHttpTestServer, type Handler } from '../../../server/testing/http-test-servers';
import { serviceTestDeps } from '../../../server/testing/service-test-deps';

export interface LookupService {
  /** A URL of the loopback site (`http://site.test:PORT/path`), which the service resolves and follows. */
  url(path: string): string;
  /** What the page asked the service, as `METHOD path?query`, in order. */
  asked: string[];
  close(): Promise<void>;
}

/**
 * The real look-up service (its Request → Response app) for the page's tests,
 * called in process in place of the network: the page's `fetch` of `/api/…`
 * goes to it (anything else is answered 404). It follows links to `site.test`,
 * a loopback HTTP server with `routes`, and asks a loopback DNS server with
 * `zones` (and `site.test` → 127.0.0.1). At most 5 URLs a request.
 */
export async function startLookupService(
  routes: Record<string, Handler>,
  zones: Record<string, ZoneEntry> = {},
): Promise<LookupService> {
  const dns = await startDnsTestServer({ 'site.test': [{ type: 'A', address: '127.0.0.1' }], ...zones });
  const site = await startHttpTestServer({ routes });
  const app = createApp(
    // The per-URL rate limit is not what the page's tests are about.
    serviceTestDeps({
      DNS_SERVERS: dns.server,
      ALLOW_HOSTS: 'site.test',
      MAX_URLS: '5',
      URL_RATE_BURST: '1000',
    }),
  );
  const asked: string[] = [];
  vi.stubGlobal('fetch', (input: string, init?: RequestInit) => {
    if (!input.startsWith('/api/')) return Promise.resolve(new Response('not here', { status: 404 }));
    asked.push(`${init?.method ?? 'GET'} ${input}`);
    return app.request(input, init);
  });
  return {
    url: (path) => `http://site.test:${site.port}${path}`,
    asked,
    close: async () => {
      await Promise.all([site.close(), dns.close()]);
    },
  };
}
