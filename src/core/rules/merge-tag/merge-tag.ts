import { MERGE_TAG_DIALECTS } from '../../extract/merge-tag-dialects';
import { quoteHref } from '../../extract/quote-href';
import { findUnbalancedMergeTags } from '../../extract/unbalanced-merge-tags';
import { defineRule } from '../define-rule';

/** The href contains a merge tag; the message names the dialect. */
export const rule = defineRule({
  id: 'merge-tag',
  defaultSeverity: 'info',
  category: 'merge-tags',
  summary: 'The href contains a merge tag; names the dialect.',
  effect: 'other',
  title: 'Address filled in when sent',
  impact:
    'Part of this address is a placeholder the platform fills in per reader; it cannot be checked here.',
  remedy: 'Make sure the placeholder is filled with a full web address when the email is sent.',
  fixHint: 'Check the merge tag fills in a full address when sent',
  severityRationale:
    'Info: normal in a template; the real address only exists once the platform fills it in.',
  check(ctx) {
    for (const link of ctx.links) {
      if (link.href === null || link.mergeTags.length === 0) continue;
      // A tag glued to a stray delimiter is a mistyped one: unbalanced-merge-tag's.
      const broken = findUnbalancedMergeTags(link.href, link.mergeTags);
      const tagsOk = link.mergeTags.filter((t) => !broken.some((u) => u.start <= t.end && u.end >= t.start));
      const first = tagsOk[0];
      if (!first) continue;
      const dialects = [...new Set(tagsOk.map((t) => t.dialect))];
      const named = dialects.map((d) => `${MERGE_TAG_DIALECTS[d].label}, ${MERGE_TAG_DIALECTS[d].shape}`);
      const tags = tagsOk.slice(0, 3).map((t) => quoteHref(t.text, 50));
      const whole = first.start === 0 && first.end === link.href.trim().length;
      ctx.report({
        link,
        message:
          `The link ${quoteHref(link.href)} ${whole ? 'is' : 'contains'} the merge tag${tagsOk.length > 1 ? 's' : ''} ` +
          `${tags.join(', ')}${tagsOk.length > 3 ? ', …' : ''} (${named.join('; ')}): the email platform ` +
          `fills ${tagsOk.length > 1 ? 'them' : 'it'} in when sending, so the final address is only known then.`,
        data: { dialects },
      });
    }
  },
});
