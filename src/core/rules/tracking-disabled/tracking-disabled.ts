import { optOutsOf, platformName, type OptOutMatch } from '../../esp/catalogue';
import type { Link } from '../../types';
import { defineRule } from '../define-rule';
import { optOutAttributeEdits } from './opt-out-attribute-edits';

/** A link that carries an email platform's opt-out of click tracking; names the platforms that honour it. */
export const rule = defineRule({
  id: 'tracking-disabled',
  defaultSeverity: 'warning',
  category: 'tracking',
  summary: "A link carries an email platform's opt-out of click tracking.",
  effect: 'clicks-not-counted',
  title: 'Click counting switched off for this link',
  impact: 'The link is marked so the email platform does not count its clicks.',
  remedy: 'Remove the opt-out mark from the link if its clicks should be counted.',
  fixHint: 'Remove the tracking opt-out attribute if clicks should be counted',
  severityRationale:
    'Warning: sometimes deliberate (privacy pages), but often left over and hides clicks you want to count.',
  messages: {
    'tracking-disabled': {
      text: (d) => {
        const platforms = d['platforms'] as string[];
        const written =
          typeof d['value'] === 'string'
            ? `${String(d['attribute'])}="${d['value']}"`
            : String(d['attribute']);
        const who =
          platforms.length > 0
            ? `in ${listOf(platforms.map(platformName))}`
            : 'in the email platforms that honour it';
        return (
          `${written} turns click tracking off for this link ${who}: its clicks will not be counted. ` +
          `Remove it unless the link must stay untracked.`
        );
      },
    },
  },
  fix: ({ link, finding, html }) => {
    const edits = optOutAttributeEdits(html, link);
    if (edits.length === 0) return null;
    return {
      rule: finding.rule,
      link: link.id,
      description: 'Remove the attribute that turns click tracking off for this link',
      safe: false,
      edits,
    };
  },
  check(ctx) {
    for (const link of ctx.links) {
      // Indexed: a for-of over the shared (frozen) empty list of most links made an iterator per link.
      const matches = optOutsOf(link.attributes);
      for (let i = 0; i < matches.length; i++) {
        const match = matches[i] as OptOutMatch;
        const offset = attributeOffset(ctx.html, link, match);
        ctx.report({
          link,
          ...(offset !== null ? { offset } : {}),
          messageId: 'tracking-disabled',
          data: { attribute: match.attribute, value: match.value, platforms: match.platforms },
        });
      }
    }
  },
});

/** Where the attribute's name stands in the start tag, when it can be found. */
function attributeOffset(html: string, link: Link, match: OptOutMatch): number | null {
  const tag = html.slice(link.startTag.start, link.startTag.end);
  const name = match.attribute.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const at = new RegExp(`[\\s"'/]${name}(?=[\\s=/>])`, 'i').exec(tag);
  return at ? link.startTag.start + at.index + 1 : null;
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}
