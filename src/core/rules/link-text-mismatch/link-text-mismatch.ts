import { getDomain, parse } from 'tldts';
import { clickPlatformOf } from '../../esp/catalogue';
import { unwrapDestination } from '../../esp/destinations';
import { hostMatches, hostOf, senderSideUrl } from '../../esp/tracking-context';
import { defineRule } from '../define-rule';

const URL_LIKE =
  /^(?:https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9])(?::\d+)?(?:[/?#]\S*)?$/i;

/** The visible text is a URL or domain whose registrable domain differs from the destination's. */
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
      const destination = destinationHost(link, ctx.trackingDomains);
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

/** The host and registrable domain the text names, when the text is only a URL or domain. */
function textDomain(text: string): { host: string; domain: string } | null {
  const t = text
    .trim()
    .replace(/[.,;:!?)\]]+$/, '')
    .replace(/^[([<]+/, '');
  if (t === '' || /\s/.test(t)) return null;
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
): string | null {
  const { url, host } = senderSideUrl(link);
  if (host === null) return null;
  const tracked =
    link.tracked === true ||
    trackingDomains.some((d) => hostMatches(host, d)) ||
    (url !== null && clickPlatformOf(url) !== null);
  if (!tracked) return host;
  if (url === null || link.url === null) return null;
  const inner = unwrapDestination(link.url);
  if (!inner || inner.host === null || inner.host === host) return null;
  if (trackingDomains.some((d) => hostMatches(inner.host ?? '', d))) return null;
  return inner.host;
}
