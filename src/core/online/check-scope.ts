import type { ReportLink } from '../types';

/**
 * Which links an online check follows. Following a tracked link of a sent
 * email registers a click in the platform's statistics, so a sent email can
 * be checked without its tracked links (`untracked`), or through the
 * destinations the wrappers carry, decoded offline (`decoded`, no click
 * registered).
 */
export type CheckScope = 'all' | 'untracked' | 'decoded';

/** The URL a link is checked through in a scope, or null when the scope leaves it out. */
export function checkUrl(link: ReportLink, scope: CheckScope): string | null {
  if (link.kind !== 'web' || link.url === null) return null;
  if (scope === 'all') return link.url;
  if (scope === 'untracked') return link.tracked !== true ? link.url : null;
  if (link.destination?.url) return link.destination.url;
  return link.tracked !== true && link.destination === null ? link.url : null;
}
