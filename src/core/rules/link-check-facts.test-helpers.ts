import type { HopFacts, LinkCheckFacts } from '../facts';

/**
 * For online link rule tests: a link check as the service sends it, a
 * one-hop 200 by default, so a test states only what differs. (The service's
 * own tests produce these from real servers on loopback.)
 */
export function hop(
  url: string,
  status: number | null,
  location: string | null = null,
  extra: Partial<HopFacts> = {},
): HopFacts {
  return {
    url,
    method: 'HEAD',
    status,
    location,
    via: location ? 'location' : null,
    ms: 20,
    address: '192.0.2.10',
    ...extra,
  };
}

/** A chain through `urls`, each redirecting (302) to the next, ending with `finalStatus`. */
export function chainFacts(
  urls: string[],
  finalStatus: number | null = 200,
  overrides: Partial<LinkCheckFacts> = {},
): LinkCheckFacts {
  const hops = urls.map((u, i) => {
    const next = urls[i + 1];
    return next === undefined ? hop(u, finalStatus) : hop(u, 302, next);
  });
  return {
    url: urls[0] ?? '',
    hops,
    finalUrl: urls[urls.length - 1] ?? null,
    finalStatus,
    ms: 20 * urls.length,
    error: null,
    ...overrides,
  };
}
