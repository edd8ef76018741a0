import { queryOptions, useQueries } from '@tanstack/react-query';
import type { TrackingDomainFacts } from '../../../core/facts';
import { errorFromResponse, retryIfSafe, serviceFetch } from './service-error';

/** `GET /api/tracking-domain`: CNAME chain, platform, certificate, blocklists of a click-tracking host (docs/contracts/api.md). */
async function fetchTrackingDomain(
  host: string,
  expect: string | null,
  signal?: AbortSignal,
): Promise<TrackingDomainFacts> {
  const params = new URLSearchParams({ host });
  if (expect) params.set('expect', expect);
  const response = await serviceFetch(`/api/tracking-domain?${params.toString()}`, signal ? { signal } : {});
  if (!response.ok) throw await errorFromResponse(response);
  return (await response.json()) as TrackingDomainFacts;
}

/** Cached per host for five minutes, like the service's Cache-Control. */
function trackingDomainQueryOptions(host: string, expect: string | null = null) {
  return queryOptions({
    queryKey: ['tracking-domain', host.toLowerCase(), expect] as const,
    queryFn: ({ signal }) => fetchTrackingDomain(host, expect, signal),
    staleTime: 5 * 60_000,
    retry: retryIfSafe,
  });
}

/** One query per host; deduplicated and cached by TanStack Query. */
export function useTrackingDomains(hosts: readonly string[], expect: string | null, enabled: boolean) {
  return useQueries({
    queries: hosts.map((host) => ({ ...trackingDomainQueryOptions(host, expect), enabled })),
  });
}
