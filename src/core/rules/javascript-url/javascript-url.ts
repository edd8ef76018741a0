import { cleanHref } from '../../extract/classify-href';
import { quoteHref } from '../../extract/quote-href';
import { defineRule } from '../define-rule';

/** A link with the `javascript:`, `vbscript:` or `data:` scheme. */
export const rule = defineRule({
  id: 'javascript-url',
  defaultSeverity: 'error',
  category: 'security',
  summary: 'The href uses the javascript:, vbscript: or data: scheme, which email clients strip.',
  effect: 'broken-or-risky',
  title: 'Link that runs a script',
  impact: 'Email programs remove links that run scripts, so the button does nothing when clicked.',
  remedy: 'Replace it with an ordinary web address starting with https://.',
  fixHint: 'Replace with an ordinary https:// link',
  severityRationale: 'Error: email programs remove these links, so the button does nothing for every reader.',
  messages: {
    'javascript-url': {
      text: (d) =>
        `The link ${quoteHref(String(d['href']), 60)} uses the "${String(d['scheme'])}" scheme: email clients strip or block it, ` +
        `so the link does nothing and no click can be tracked. Link to a web page instead.`,
    },
  },
  check(ctx) {
    for (const link of ctx.links) {
      if (link.kind !== 'javascript' || link.href === null) continue;
      const cleaned = cleanHref(link.href);
      const scheme = (/^[a-z]+:/i.exec(cleaned)?.[0] ?? 'javascript:').toLowerCase();
      ctx.report({ link, messageId: 'javascript-url', data: { href: cleaned, scheme } });
    }
  },
});
