import { findPlatformByHost } from '../../esp/catalogue';
import { systemLinkTextKind } from '../../esp/system-link-text';
import { systemLinkKind } from '../../esp/system-links';
import { hostMatches, normaliseDomain, senderSideUrl } from '../../esp/tracking-context';
import { outlookTwins } from '../../esp/outlook-twins';
import type { Link } from '../../types';
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
  messages: {
    'untracked-link': {
      text: (d) =>
        `This link to ${String(d['host'])} is not wrapped by ${listOf(d['trackingDomains'] as string[])}: clicks on it are not counted. ` +
        `If it is left untracked on purpose, allow it with --allow-untracked ${String(d['host'])}.`,
    },
    'untracked-link/outlook-twin': {
      text: (d) =>
        `This Outlook-only twin of ${String(d['twin'])} (line ${String(d['twinLine'])}) links straight to ${String(d['host'])}, ` +
        `while ${String(d['twin'])}, which other email clients show, goes through ${listOf(d['trackingDomains'] as string[])}: ` +
        `clicks on this button in Outlook are not counted. Give the Outlook version the same (tracked) address.`,
      wording: {
        title: 'Outlook button not counted by your email platform',
        impact:
          'Outlook shows its own version of this button, and that version skips your click tracking, so clicks from Outlook readers are missing from your report.',
        remedy:
          'Give the Outlook version of the button the same address as the normal button, so the platform tracks both.',
      },
    },
  },
  modes: ['sent'],
  check(ctx) {
    if (ctx.trackingDomains.length === 0) return;
    const allowed = (ctx.options.allowUntracked ?? []).map(normaliseDomain).filter((d) => d !== '');
    const system = {
      listUnsubscribe: ctx.sender?.listUnsubscribe ?? [],
      listUnsubscribePost: /one-click/i.test(ctx.sender?.listUnsubscribePost ?? ''),
    };
    const twins = new Map<Link, Link>();
    for (const t of outlookTwins(ctx.links))
      if (t.counterpart?.tracked === true) twins.set(t.link, t.counterpart);
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
      const data = { host, trackingDomains: [...ctx.trackingDomains] };
      // One finding per cause: an Outlook-only twin of a tracked button names both links.
      const twin = twins.get(link);
      if (twin) {
        ctx.report({
          link,
          messageId: 'untracked-link/outlook-twin',
          data: { ...data, twin: twin.id, twinLine: twin.line },
          relatedLinks: [twin],
        });
      } else ctx.report({ link, messageId: 'untracked-link', data });
    }
  },
});

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`;
}
