import { checkUrl, type CheckScope } from '../../../core/online/check-scope';
import type { ReportLink } from '../../../core/types';

export type { CheckScope };

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

/** The URLs to send for a scope (the core's choice, see planOnline): only web URLs, never anything else. */
export function checkTargets(links: readonly ReportLink[], scope: CheckScope): CheckTarget[] {
  const out: CheckTarget[] = [];
  for (const link of links) {
    const url = checkUrl(link, scope);
    if (url !== null) out.push({ link, url });
  }
  return out;
}
