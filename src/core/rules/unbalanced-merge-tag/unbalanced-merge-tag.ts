import { MERGE_TAG_DIALECTS } from '../../extract/merge-tag-dialects';
import { excerpt, quoteHref } from '../../extract/quote-href';
import { findUnbalancedMergeTags } from '../../extract/unbalanced-merge-tags';
import type { MergeTagDialect } from '../../types';
import { defineRule } from '../define-rule';

/** Merge-tag delimiters without their partner, or mistyped (`{{url}`, `*|UNSUB|`, `%%view_email_url%`). */
export const rule = defineRule({
  id: 'unbalanced-merge-tag',
  defaultSeverity: 'error',
  category: 'merge-tags',
  summary: 'Merge-tag delimiters are unbalanced or mistyped ({{url}, *|UNSUB|, %%view_email_url%).',
  effect: 'broken-or-risky',
  title: 'Broken placeholder in the link',
  impact:
    'A placeholder in the link is not closed properly, so readers get the raw placeholder text in the address and the link breaks.',
  remedy: 'Fix the placeholder brackets so they open and close the same way.',
  fixHint: 'Fix the merge-tag brackets so they open and close the same way',
  severityRationale:
    'Error: the platform leaves the broken tag in the address, which breaks the link for every reader.',
  messages: {
    'unbalanced-merge-tag': {
      text: (d) => {
        const more = Number(d['unmatched']) - 1;
        const label = MERGE_TAG_DIALECTS[d['dialect'] as MergeTagDialect].label;
        return (
          `The merge tag in ${quoteHref(excerpt(String(d['href']), Number(d['start']), Number(d['end']), 25))} is mistyped: ` +
          `${quoteHref(String(d['delimiter']))} has no matching partner (a ${label} is written ${String(d['expected'])})` +
          `${more > 0 ? `, and ${more} more delimiter${more > 1 ? 's are' : ' is'} unmatched` : ''}. ` +
          `The platform leaves it as literal text, so the link breaks. Fix the delimiters.`
        );
      },
    },
  },
  check(ctx) {
    for (const link of ctx.links) {
      if (link.href === null) continue;
      const found = findUnbalancedMergeTags(link.href, link.mergeTags);
      const first = found[0];
      if (!first) continue;
      ctx.report({
        link,
        messageId: 'unbalanced-merge-tag',
        data: {
          href: link.href,
          start: first.start,
          end: first.end,
          dialect: first.dialect,
          delimiter: first.delimiter,
          expected: first.expected,
          unmatched: found.length,
        },
      });
    }
  },
});
