import { expectedCnameTargets } from '../esp/catalogue';
import type { Report } from '../types';
import { checkUrl, type CheckScope } from './check-scope';
import { doNotRequest } from './do-not-request';

export type { CheckScope };

/** What to plan: the links' scope, and a sender domain the user typed instead of the From domain. */
export interface OnlineScope {
  links?: CheckScope;
  senderDomain?: string | null;
}

/** One URL to follow and the links of the email it stands for. */
export interface LinkTarget {
  url: string;
  /** Ids of the links checked through this URL, in document order. */
  linkIds: string[];
}

/** Everything an online run looks up for one report; the CLI and the page both follow it. */
export interface OnlinePlan {
  /** Distinct URLs to follow, in document order: web URLs only, never anything else from the email. */
  links: LinkTarget[];
  /** URLs the link checker must not request (the service's `skip` list): see doNotRequest. */
  skip: string[];
  /** Sending domains, each with the DKIM selectors signed for it (sorted). */
  senders: Array<{ domain: string; selectors: string[] }>;
  /**
   * Click-tracking hosts, each with the port its links use (`host:port` when
   * not the default) and the platform's branded-domain CNAME target, so a
   * CNAME pointing elsewhere is found.
   */
  trackingHosts: Array<{ host: string; expect: string | null }>;
}

/**
 * The sender domains to check: the From domain (or the one the user typed)
 * and each DKIM `d=` domain, with the `s=` selectors signed for it.
 */
function senderTargets(
  report: Pick<Report, 'sender'>,
  typed: string | null | undefined,
): OnlinePlan['senders'] {
  const targets = new Map<string, Set<string>>();
  const add = (domain: string | null | undefined, selector?: string): void => {
    const key = domain?.trim().toLowerCase();
    if (!key) return;
    const set = targets.get(key) ?? new Set<string>();
    if (selector) set.add(selector);
    targets.set(key, set);
  };
  add(typed?.trim() ? typed : report.sender?.domain);
  for (const sig of report.sender?.dkim ?? []) add(sig.domain, sig.selector);
  return [...targets].map(([domain, selectors]) => ({ domain, selectors: [...selectors].sort() }));
}

/** The report's tracking domains, each with the port its links use (a host on another port is probed there). */
function trackingHostsOf(report: Pick<Report, 'trackingDomains' | 'links'>): string[] {
  const out = new Set<string>();
  for (const domain of report.trackingDomains) {
    let host = domain;
    for (const link of report.links) {
      if (link.url === null || link.kind !== 'web') continue;
      try {
        const u = new URL(link.url);
        if (u.hostname === domain) {
          host = u.host;
          break;
        }
      } catch {
        // Not a URL after all: skip.
      }
    }
    out.add(host);
  }
  return [...out];
}

/**
 * What an online run looks up for a report, decided once for the CLI and
 * the page: the links to follow in the scope (deduplicated), the skip list,
 * the sender domains with their DKIM selectors and the tracking hosts with
 * their expected CNAME target. Pure; it reads the offline report only.
 */
export function planOnline(report: Report, scope: OnlineScope | CheckScope = {}): OnlinePlan {
  const { links: linkScope = 'all', senderDomain } = typeof scope === 'string' ? { links: scope } : scope;
  const byUrl = new Map<string, string[]>();
  for (const link of report.links) {
    const url = checkUrl(link, linkScope);
    if (url === null) continue;
    const ids = byUrl.get(url);
    if (ids) ids.push(link.id);
    else byUrl.set(url, [link.id]);
  }
  const expect = report.esp !== null ? (expectedCnameTargets(report.esp)[0] ?? null) : null;
  return {
    links: [...byUrl].map(([url, linkIds]) => ({ url, linkIds })),
    skip: doNotRequest(report),
    senders: senderTargets(report, senderDomain),
    trackingHosts: trackingHostsOf(report).map((host) => ({ host, expect })),
  };
}
