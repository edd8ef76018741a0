import { findPlatformByHost } from '../../esp/catalogue';
import { systemLinkTextKind } from '../../esp/system-link-text';
import { systemLinkKind } from '../../esp/system-links';
import { hostMatches, normaliseDomain, senderSideUrl } from '../../esp/tracking-context';
import { defineRule } from '../define-rule';

/**
 * In a sent email, a web link that does not go through the click-tracking
 * domain(s): not a platform system link, not on the `--allow-untracked` list.
 */
export const rule = defineRule({
  id: 'untracked-link',
  defaultSeverity: 'error',
  category: 'tracking',
  summary: 'A web link of a sent email does not go through the click-tracking domain.',
  effect: 'clicks-not-counted',
  title: 'Link not counted by your email platform',
  impact:
    'This link does not go through your click-tracking address, so its clicks are missing from your report.',
  remedy: 'Send through your email platform with click tracking on, or accept that this link is not counted.',
  fixHint: 'Send through the platform with click tracking on, or allow this domain on purpose',
  severityRationale: 'Error: in a sent email the clicks on this link are certainly not counted.',
  modes: ['sent'],
  check(ctx) {
    if (ctx.trackingDomains.length === 0) return;
    const allowed = (ctx.options.allowUntracked ?? []).map(normaliseDomain).filter((d) => d !== '');
    const system = {
      listUnsubscribe: ctx.sender?.listUnsubscribe ?? [],
      listUnsubscribePost: /one-click/i.test(ctx.sender?.listUnsubscribePost ?? ''),
    };
    const via = listOf(ctx.trackingDomains);
    for (const link of ctx.links) {
      if (link.kind !== 'web' || link.tracked !== false) continue;
      const { url, host } = senderSideUrl(link);
      if (host === null) continue;
      if (url !== null && systemLinkKind(url, system) !== null) continue;
      if (link.href !== null && systemLinkKind(link.href, system) !== null) continue;
      if (systemLinkTextKind(link.text) !== null) continue;
      if (allowed.some((d) => hostMatches(host, d))) continue;
      // The platform's own pages (a web version, its footer badge) are left unwrapped by the platform itself.
      if (findPlatformByHost(host) !== null) continue;
      ctx.report({
        link,
        message:
          `This link to ${host} is not wrapped by ${via}: clicks on it are not counted. ` +
          `If it is left untracked on purpose, allow it with --allow-untracked ${host}.`,
        data: { host, trackingDomains: [...ctx.trackingDomains] },
      });
    }
  },
});

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`;
}
