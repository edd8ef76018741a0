import { unwrapDestination } from '../../esp/destinations';
import { hostOf } from '../../esp/tracking-context';
import { defineRule } from '../define-rule';
import { shortenerOf } from './shortener-hosts';
import { replaceHref, quoteShort } from '../../edit/fix';

/** A web link (or the destination a wrapper carries) on a public URL shortener. */
export const rule = defineRule({
  id: 'link-shortener',
  defaultSeverity: 'warning',
  category: 'url',
  summary: 'The link goes to a public URL shortener (bit.ly, tinyurl.com, t.co, …).',
  effect: 'broken-or-risky',
  title: 'Shortened link',
  impact:
    'Short links (bit.ly and similar) hide where they go, are often flagged as spam and their clicks are counted elsewhere.',
  remedy: 'Link to the real address of the page instead of a short link.',
  fixHint: 'Link to the real address instead of a URL shortener',
  severityRationale:
    'Warning: the link works, but spam filters distrust shorteners and the clicks are counted elsewhere.',
  fix: (i) => {
    const final = i.link.check?.finalUrl ?? null;
    if (final === null || i.link.check?.error) return null;
    return replaceHref(
      i,
      final,
      false,
      (_b, a) => `Link straight to the destination the shortener sends to: ${quoteShort(a)}`,
    );
  },
  messages: {
    'link-shortener': {
      text: (d) =>
        `The link goes to ${String(d['shortener'])}, a public URL shortener${d['wrapped'] === true ? ' (inside the tracking or gateway wrapper)' : ''}: spam filters distrust shortened links, ` +
        `and the extra redirect hides the destination from readers and adds a hop. Link to the destination itself.`,
    },
  },
  check(ctx) {
    for (const link of ctx.links) {
      if (link.kind !== 'web' || link.url === null) continue;
      const own = hostOf(link.url);
      const inner = unwrapDestination(link.url);
      // The link's own host, else the unwrapped destination's, whichever is a shortener's (written out: a
      // list and a closure per link were made for it).
      const innerHost = inner?.host ?? null;
      const host =
        own !== null && shortenerOf(own) !== null
          ? own
          : innerHost !== null && shortenerOf(innerHost) !== null
            ? innerHost
            : null;
      if (host === null) continue;
      const shortener = shortenerOf(host) ?? host;
      ctx.report({ link, messageId: 'link-shortener', data: { shortener, wrapped: host !== own } });
    }
  },
});
