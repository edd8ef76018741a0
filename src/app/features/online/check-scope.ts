import type { ReportLink } from '../../../core/types';

/**
 * Which links "Check links online" follows. Following a tracked link of a
 * sent email registers a click in the platform's statistics, so a sent email
 * can be checked without its tracked links, or through the destinations the
 * wrappers carry (decoded offline, no click registered).
 */
export type CheckScope = 'all' | 'untracked' | 'decoded';

export const SCOPE_LABELS: Record<CheckScope, string> = {
  all: 'All links (tracked links may register clicks)',
  untracked: 'Only untracked links',
  decoded: 'Only decoded destinations (no click registered)',
};

/** A link and the URL the check follows for it. */
export interface CheckTarget {
  link: ReportLink;
  url: string;
}

/** The URLs to send for a scope: only web URLs, never anything else from the email. */
export function checkTargets(links: readonly ReportLink[], scope: CheckScope): CheckTarget[] {
  const out: CheckTarget[] = [];
  for (const link of links) {
    if (link.kind !== 'web' || link.url === null) continue;
    if (scope === 'all') out.push({ link, url: link.url });
    else if (scope === 'untracked') {
      if (link.tracked !== true) out.push({ link, url: link.url });
    } else if (link.destination?.url) out.push({ link, url: link.destination.url });
    else if (link.tracked !== true && link.destination === null) out.push({ link, url: link.url });
  }
  return out;
}
