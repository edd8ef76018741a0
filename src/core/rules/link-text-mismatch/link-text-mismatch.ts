import { getDomain, parse } from 'tldts';
import { clickPlatformOf } from '../../esp/catalogue';
import { unwrapDestination } from '../../esp/destinations';
import { hostMatches, hostOf, senderSideUrl } from '../../esp/tracking-context';
import { queryParams } from '../../url/query-params';
import { urlFields } from '../../url/url-fields';
import { defineRule } from '../define-rule';

const URL_LIKE =
  /^(?:https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9])(?::\d+)?(?:[/?#]\S*)?$/i;

/**
 * The visible text is a URL or domain whose registrable domain differs from
 * the destination's. Only a destination it knows is compared: behind a
 * tracker (known, or shaped like one) the decoded destination, or nothing.
 */
export const rule = defineRule({
  id: 'link-text-mismatch',
  defaultSeverity: 'warning',
  category: 'security',
  summary: "The link text is a URL or domain that differs from the destination's domain.",
  effect: 'broken-or-risky',
  title: 'Link shows one website but opens another',
  impact:
    'The visible address differs from where the link really goes, which looks like phishing to readers and spam filters.',
  remedy: 'Make the visible address match the page the link opens, or use plain words as link text.',
  fixHint: 'Make the visible address match where the link goes',
  severityRationale: 'Warning: the link works, but it looks like phishing to readers and spam filters.',
  messages: {
    'link-text-mismatch': {
      text: (d) =>
        `The link text shows ${String(d['textHost'])} but the link goes to ${String(d['destination'])}: ` +
        `phishing filters flag links whose text names another domain (${String(d['textDomain'])} ≠ ${String(d['destinationDomain'])}).`,
    },
  },
  check(ctx) {
    for (const link of ctx.links) {
      if (link.kind !== 'web') continue;
      const shown = textDomain(link.text);
      if (shown === null) continue;
      // Text that shows the link's own URL (a linkified text-only email) names what the reader clicks.
      const own = hostOf(link.url);
      if (own !== null && (getDomain(own) ?? own) === shown.domain) continue;
      const destination = destinationHost(link, ctx.trackingDomains, shown.domain);
      if (destination === null) continue;
      const actual = getDomain(destination) ?? destination;
      if (actual === shown.domain) continue;
      ctx.report({
        link,
        messageId: 'link-text-mismatch',
        data: { textHost: shown.host, textDomain: shown.domain, destinationDomain: actual, destination },
      });
    }
  },
});

/** textDomain's patterns: module constants, as literals they made three RegExp objects per web link. */
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;
const LEADING_BRACKETS = /^[([<]+/;
const WHITE_SPACE = /\s/;

/** The host and registrable domain the text names, when the text is only a URL or domain. */
function textDomain(text: string): { host: string; domain: string } | null {
  const t = text.trim().replace(TRAILING_PUNCTUATION, '').replace(LEADING_BRACKETS, '');
  if (t === '' || WHITE_SPACE.test(t)) return null;
  const m = URL_LIKE.exec(t);
  const host = m?.[1]?.toLowerCase();
  if (!host) return null;
  const parsed = parse(host);
  if (parsed.domain === null || parsed.isIcann !== true) return null;
  return { host, domain: parsed.domain };
}

/**
 * The host the reader really lands on: behind a tracking wrapper, the decoded
 * destination (null when it cannot be decoded); otherwise the link's own host
 * (or, behind a security gateway, the host it wraps).
 */
function destinationHost(
  link: Parameters<typeof senderSideUrl>[0],
  trackingDomains: readonly string[],
  textDomainOf: string,
): string | null {
  const { url, host } = senderSideUrl(link);
  if (host === null) return null;
  const tracked =
    link.tracked === true ||
    trackingDomains.some((d) => hostMatches(host, d)) ||
    (url !== null && clickPlatformOf(url) !== null);
  if (!tracked) {
    // An unknown redirector: the destination it carries in the open, else nothing to compare with.
    // Where it carries several, the one that differs from the text is the one to name.
    const carried = url !== null ? carriedHosts(url) : [];
    const other =
      carried.find((h) => h !== host && (getDomain(h) ?? h) !== textDomainOf) ??
      carried.find((h) => h !== host);
    if (other) return other;
    return url !== null && looksLikeClickRedirect(url) ? null : host;
  }
  if (url === null || link.url === null) return null;
  const inner = unwrapDestination(link.url);
  if (!inner || inner.host === null || inner.host === host) return null;
  if (trackingDomains.some((d) => hostMatches(inner.host ?? '', d))) return null;
  return inner.host;
}

/**
 * A URL shaped like a click tracker's redirect that the catalogue does not
 * know: a click path (`/c/`, `/click`, `/track`, `/redirect`, `/ls/`, `/l/` …)
 * or an opaque token (20+ letters and digits mixed) in the path or query.
 * Where it leads is not in the URL, so the link text cannot be compared with it.
 */
function looksLikeClickRedirect(url: string): boolean {
  const u = urlFields(url);
  if (u === null) return false;
  if (
    /^\/(?:c|cl|ck|click|clicks|t|tr|track|tracking|l|ls|lt|r|redir|redirect|link|links|out|wf)(?:\/|\.php|$)/i.test(
      u.pathname,
    )
  )
    return true;
  const tokens = `${u.pathname}${u.search}`.match(/[A-Za-z0-9_-]{20,}/g) ?? [];
  return tokens.some((t) => /\d/.test(t) && /[A-Za-z]/.test(t));
}

/** The hosts of the absolute web URLs a URL carries: its decoded wrapper destination and every query value that is one. */
function carriedHosts(url: string): string[] {
  const hosts: string[] = [];
  const inner = unwrapDestination(url);
  if (inner?.host) hosts.push(inner.host);
  for (const p of queryParams(url)) {
    if (!/^https?:\/\//i.test(p.value)) continue;
    const h = hostOf(p.value);
    if (h !== null && !hosts.includes(h)) hosts.push(h);
  }
  return hosts;
}
