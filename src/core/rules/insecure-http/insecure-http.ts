import { quoteHref } from '../../extract/quote-href';
import { defineRule } from '../define-rule';

/** A working web link whose scheme is `http:`. */
export const rule = defineRule({
  id: 'insecure-http',
  defaultSeverity: 'warning',
  category: 'security',
  summary: 'A web link uses http: rather than https:.',
  check(ctx) {
    for (const link of ctx.links) {
      if (link.kind !== 'web' || link.url === null || !link.url.startsWith('http:')) continue;
      ctx.report({
        link,
        message:
          `The link ${quoteHref(link.url)} uses "http:", not "https:": browsers mark the page "Not secure", ` +
          `some click-tracking redirects downgrade or block it, and spam filters trust it less. ` +
          `Use ${quoteHref(`https:${link.url.slice('http:'.length)}`)} if the site supports it.`,
      });
    }
  },
});
