import { MERGE_TAG_DIALECTS } from '../../extract/merge-tag-dialects';
import { quoteHref } from '../../extract/quote-href';
import { findUnbalancedMergeTags } from '../../extract/unbalanced-merge-tags';
import type { MergeTagDialect } from '../../types';
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
  messages: {
    'merge-tag': {
      text: (d) => {
        const tags = d['tags'] as string[];
        const named = (d['dialects'] as MergeTagDialect[]).map(
          (dialect) => `${MERGE_TAG_DIALECTS[dialect].label}, ${MERGE_TAG_DIALECTS[dialect].shape}`,
        );
        const shown = tags.slice(0, 3).map((t) => quoteHref(t, 50));
        return (
          `The link ${quoteHref(String(d['href']))} ${d['whole'] === true ? 'is' : 'contains'} the merge tag${tags.length > 1 ? 's' : ''} ` +
          `${shown.join(', ')}${tags.length > 3 ? ', …' : ''} (${named.join('; ')}): the email platform ` +
          `fills ${tags.length > 1 ? 'them' : 'it'} in when sending, so the final address is only known then.`
        );
      },
    },
  },
  check(ctx) {
    for (const link of ctx.links) {
      if (link.href === null || link.mergeTags.length === 0) continue;
      // A tag glued to a stray delimiter is a mistyped one: unbalanced-merge-tag's.
      const broken = findUnbalancedMergeTags(link.href, link.mergeTags);
      const tagsOk = link.mergeTags.filter((t) => !broken.some((u) => u.start <= t.end && u.end >= t.start));
      const first = tagsOk[0];
      if (!first) continue;
      const dialects = [...new Set(tagsOk.map((t) => t.dialect))];
      ctx.report({
        link,
        messageId: 'merge-tag',
        data: {
          href: link.href,
          tags: tagsOk.map((t) => t.text),
          whole: first.start === 0 && first.end === link.href.trim().length,
          dialects,
        },
      });
    }
  },
});
