import { cleanHref, isBareEmailAddress, startsWithHost } from '../../extract/classify-href';
import { startsWithQpDebris } from '../../extract/qp-debris';
import { quoteHref } from '../../extract/quote-href';
import { defineRule } from '../define-rule';
import { replaceHref, quoteShort } from '../../edit/fix';
import { addScheme } from '../../edit/href-rewrites';

/**
 * An href that starts with a host name but has no scheme (`www.shop.com/x`,
 * `shop.com/x`, `//shop.com/x`), or a bare email address without `mailto:`.
 * These are reported here and not as relative-url.
 */
export const rule = defineRule({
  id: 'missing-scheme',
  defaultSeverity: 'error',
  category: 'url',
  summary: 'The href starts with a host name but no scheme (www.shop.com/x, //shop.com/x).',
  effect: 'broken-or-risky',
  title: 'Link missing its https:// start',
  impact:
    'Without https:// in front, email programs read the link as a page of nowhere and it breaks, also after the platform wraps it for click counting.',
  remedy: 'Put https:// in front of the address (or mailto: in front of an email address).',
  fixHint: 'Add https:// in front of the address',
  severityRationale:
    'Error: the link breaks for every reader once the platform wraps it, and the fix is certain.',
  messages: {
    'missing-scheme': {
      text: (d) =>
        `The link ${quoteHref(String(d['href']))} has no scheme` +
        (d['protocolRelative'] === true ? ' (it starts with "//")' : '') +
        `: email platforms treat it as a relative link and it breaks once wrapped for click tracking ` +
        `(an inbox has no page to take the scheme from). Write ${quoteHref(String(d['fixed']))}.`,
    },
    'missing-scheme/email': {
      text: (d) =>
        `The link ${quoteHref(String(d['href']))} is an email address without "mailto:": email clients treat it ` +
        `as a relative web link and it breaks. Write "mailto:${String(d['href'])}".`,
      wording: {
        title: 'Email address without "mailto:"',
        impact:
          'Without "mailto:" in front, email programs open the address as a web page, which does not exist.',
        remedy: 'Put mailto: in front of the email address.',
      },
    },
  },
  fix: (i) =>
    replaceHref(
      i,
      i.link.href === null ? null : addScheme(i.link.href),
      true,
      (_b, a) => `Add "https://": ${quoteShort(a)}`,
    ),
  check(ctx) {
    for (const link of ctx.links) {
      if (link.kind !== 'relative' || link.href === null) continue;
      // `href=3D"…"` read from undecoded source is qp-artifact's.
      if (startsWithQpDebris(link.href)) continue;
      const cleaned = cleanHref(link.href);
      if (isBareEmailAddress(cleaned)) {
        ctx.report({ link, messageId: 'missing-scheme/email', data: { href: cleaned } });
        continue;
      }
      if (!startsWithHost(cleaned)) continue;
      ctx.report({
        link,
        messageId: 'missing-scheme',
        data: {
          href: cleaned,
          fixed: `https://${cleaned.replace(/^\/\//, '')}`,
          protocolRelative: cleaned.startsWith('//'),
        },
      });
    }
  },
});
