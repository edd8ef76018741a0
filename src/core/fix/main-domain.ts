import type { Link } from '../types';
import { registrableDomain } from '../url/registrable-domain';

/** The registrable domain most web links go to: the sender's own site, by default the one to tag with utm_*. */
export function mainDomain(links: ReadonlyArray<Pick<Link, 'url' | 'kind'>>): string | null {
  const counts = new Map<string, number>();
  for (const link of links) {
    if (link.url === null || link.kind !== 'web') continue;
    const domain = registrableDomain(link.url);
    if (domain) counts.set(domain, (counts.get(domain) ?? 0) + 1);
  }
  let best: string | null = null;
  let most = 0;
  for (const [domain, n] of counts) {
    if (n > most) {
      best = domain;
      most = n;
    }
  }
  return best;
}
