import type { Link } from '../types';

/**
 * The URL a reader lands on, as far as the HTML tells: the decoded destination
 * of a tracking wrapper or security gateway, else the web link's own URL.
 * Null when a click-tracking host hides the destination (its query is the
 * tracker's, not the landing page's) or the link is not a web link.
 */
export function landingUrl(link: Pick<Link, 'kind' | 'url' | 'tracked' | 'destination'>): string | null {
  if (link.destination) return link.destination.url;
  if (link.kind !== 'web' || link.url === null) return null;
  if (link.tracked === true) return null;
  return link.url;
}
