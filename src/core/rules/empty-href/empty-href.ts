import { quoteHref } from '../../extract/quote-href';
import { defineRule } from '../define-rule';

/** An href that is empty, white space only, or only `#`. */
export const rule = defineRule({
  id: 'empty-href',
  defaultSeverity: 'error',
  category: 'url',
  summary: 'The href is empty or only "#".',
  effect: 'broken-or-risky',
  title: 'Link with an empty address',
  impact: 'The address is empty (or only "#"), so the click goes nowhere useful and is not counted.',
  remedy: 'Fill in the address of the page the link should open.',
  fixHint: 'Fill in the destination address',
  severityRationale: 'Error: the link leads nowhere, so every click is wasted.',
  messages: {
    'empty-href': {
      text: (d) => {
        const href = String(d['href']);
        const what = href.trim() === '#' ? `only ${quoteHref(href)}` : `empty (${quoteHref(href)})`;
        const label = d['text'] !== '' ? ` "${String(d['text']).slice(0, 60)}"` : '';
        return (
          `The link${label} has an href that is ${what}: a placeholder that was never filled in. ` +
          `Clicks go nowhere (or reload the email) and are not tracked. Put the real address in it.`
        );
      },
    },
  },
  check(ctx) {
    for (const link of ctx.links) {
      if (link.href === null || link.kind !== 'empty') continue;
      ctx.report({ link, messageId: 'empty-href', data: { href: link.href, text: link.text } });
    }
  },
});
