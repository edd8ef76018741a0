import { cleanHref, isBareEmailAddress, startsWithHost } from '../../extract/classify-href';
import { startsWithQpDebris } from '../../extract/qp-debris';
import { quoteHref } from '../../extract/quote-href';
import { defineRule } from '../define-rule';

/**
 * A link with no scheme and no host (`/pricing`, `page.html`, `../x`). An href
 * that starts with a host name (`www.shop.com/x`) or is a bare address is
 * missing-scheme's; a mistyped web scheme (`http//x`) is malformed-url's; a
 * merge tag or fragment is never relative.
 */
export const rule = defineRule({
  id: 'relative-url',
  defaultSeverity: 'error',
  category: 'url',
  summary:
    'The href has no scheme and no host (/pricing, page.html, ../x): it breaks in an inbox and once wrapped.',
  effect: 'broken-or-risky',
  title: 'Link without a full web address',
  impact: 'The link has no https:// and no website name, so it goes nowhere when opened from an inbox.',
  remedy: 'Use the full address of the page, starting with https:// and the website name.',
  fixHint: 'Use the full address, starting with https://',
  severityRationale:
    'Error: the link cannot work from an inbox, for every reader, and once wrapped for tracking it leads to a page on the tracking host.',
  messages: {
    'relative-url': {
      text: (d) => {
        const href = String(d['href']);
        const path = href.replace(/^(?:\.\.?\/)+/, '').replace(/^\/+/, '');
        return (
          `The link ${quoteHref(href)} is relative: it has no "https://" and no domain, so in an inbox ` +
          `it points nowhere, and the email platform's click tracking cannot wrap it. ` +
          `Write the full address, e.g. "https://www.your-site.com/${path}".`
        );
      },
    },
  },
  check(ctx) {
    for (const link of ctx.links) {
      if (link.kind !== 'relative' || link.href === null) continue;
      // `href=3D"…"` read from undecoded source is qp-artifact's.
      if (startsWithQpDebris(link.href)) continue;
      const cleaned = cleanHref(link.href);
      if (startsWithHost(cleaned) || isBareEmailAddress(cleaned)) continue;
      ctx.report({ link, messageId: 'relative-url', data: { href: cleaned } });
    }
  },
});
