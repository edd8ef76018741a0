import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SenderFacts } from '../../../core/facts';
import { errorFromResponse, retryIfSafe, serviceFetch } from './service-error';

/** `GET /api/sender`: SPF, DMARC, DKIM, MX of a sending domain (docs/contracts/api.md). */
async function fetchSender(
  domain: string,
  selectors: readonly string[],
  signal?: AbortSignal,
): Promise<SenderFacts> {
  const params = new URLSearchParams({ domain });
  for (const s of selectors) params.append('selector', s);
  const response = await serviceFetch(`/api/sender?${params.toString()}`, signal ? { signal } : {});
  if (!response.ok) throw await errorFromResponse(response);
  return (await response.json()) as SenderFacts;
}

/** Cached per domain and selectors for five minutes, like the service's Cache-Control. */
function senderQueryOptions(domain: string, selectors: readonly string[]) {
  const sorted = [...selectors].sort();
  return queryOptions({
    queryKey: ['sender', domain.toLowerCase(), sorted] as const,
    queryFn: ({ signal }) => fetchSender(domain, sorted, signal),
    staleTime: 5 * 60_000,
    retry: retryIfSafe,
  });
}

export function useSender(domain: string | null, selectors: readonly string[], enabled: boolean) {
  return useQuery({
    ...senderQueryOptions(domain ?? '', selectors),
    enabled: enabled && domain !== null && domain !== '',
  });
}
