import { repeatedDestinations } from '../../url/repeated-destinations';
import { shortUrl } from '../../url/short-url';
import { defineRule } from '../define-rule';

export const rule = defineRule({
  id: 'duplicate-link',
  defaultSeverity: 'info',
  category: 'structure',
  summary:
    'the same destination appears more than once (identical formatting); clicks on them are reported as one URL by most platforms',
  check(ctx) {
    for (const r of repeatedDestinations(ctx.links)) {
      if (r.writing !== 'same') continue;
      ctx.report({
        link: r.link,
        message:
          `Same destination as the link on line ${r.first.line} (${r.first.id}), written the same way: ` +
          `${shortUrl(r.link.href ?? r.written)}; most platforms report clicks on both as one URL, ` +
          'so the click report cannot tell which of them was clicked',
        data: { first: r.first.id, firstLine: r.first.line },
      });
    }
  },
});
