import { quoteHref } from '../../extract/quote-href';
import { defineRule } from '../define-rule';
import { replaceHref } from '../../edit/fix';
import { upgradeToHttps } from '../../edit/href-rewrites';

/** A working web link whose scheme is `http:`. */
export const rule = defineRule({
  id: 'insecure-http',
  defaultSeverity: 'warning',
  category: 'security',
  summary: 'A web link uses http: rather than https:.',
  effect: 'broken-or-risky',
  title: 'Link without a secure connection',
  impact:
    'The link uses http:// instead of https://, so browsers may warn readers that the page is not secure.',
  remedy: 'Use the https:// address of the page if the website has one.',
  fixHint: 'Use https:// if the site supports it',
  severityRationale:
    'Warning: the link works, but browsers may warn and the connection can be changed on the way.',
  fix: (i) =>
    replaceHref(
      i,
      i.link.href === null ? null : upgradeToHttps(i.link.href),
      false,
      () => 'Use https: (check first that the site answers over https)',
    ),
  messages: {
    'insecure-http': {
      text: (d) => {
        const url = String(d['url']);
        return (
          `The link ${quoteHref(url)} uses "http:", not "https:": browsers mark the page "Not secure", ` +
          `some click-tracking redirects downgrade or block it, and spam filters trust it less. ` +
          `Use ${quoteHref(`https:${url.slice('http:'.length)}`)} if the site supports it.`
        );
      },
    },
  },
  check(ctx) {
    for (const link of ctx.links) {
      if (link.kind !== 'web' || link.url === null || !link.url.startsWith('http:')) continue;
      ctx.report({ link, messageId: 'insecure-http', data: { url: link.url } });
    }
  },
});
