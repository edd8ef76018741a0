import { repeatedDestinations } from '../../url/repeated-destinations';
import { shortUrl } from '../../url/short-url';
import { defineRule } from '../define-rule';

export const rule = defineRule({
  id: 'duplicate-link',
  defaultSeverity: 'info',
  category: 'structure',
  summary:
    'the same destination appears more than once (identical formatting); clicks on them are reported as one URL by most platforms',
  effect: 'clicks-not-counted',
  title: 'Same link used more than once',
  impact:
    'Clicks on the copies of this link are counted together, so you cannot tell which one readers clicked.',
  remedy:
    'Nothing to do if that is fine; otherwise make each copy slightly different so they are counted apart.',
  fixHint: 'Fine if intended; add a distinguishing parameter to count them separately',
  severityRationale:
    'Info: usually intended (a picture and a button to the same page); it only merges the click counts.',
  messages: {
    'duplicate-link': {
      text: (d) =>
        `Same destination as the link on line ${String(d['firstLine'])} (${String(d['first'])}), written the same way: ` +
        `${shortUrl(String(d['href']))}; most platforms report clicks on both as one URL, ` +
        'so the click report cannot tell which of them was clicked',
    },
  },
  check(ctx) {
    for (const r of repeatedDestinations(ctx.links)) {
      if (r.writing !== 'same') continue;
      ctx.report({
        link: r.link,
        messageId: 'duplicate-link',
        data: { first: r.first.id, firstLine: r.first.line, href: r.link.href ?? r.written },
      });
    }
  },
});
