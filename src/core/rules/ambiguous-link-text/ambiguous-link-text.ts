import type { Link } from '../../types';
import { isOutlookOnly } from '../../url/outlook-only';
import { defineRule } from '../define-rule';
import { AMBIGUOUS_PHRASES } from './ambiguous-phrases';

/**
 * comparableText's patterns: module constants, as literals they made three RegExp objects per link
 * (replace with a global pattern starts from 0 and leaves lastIndex at 0: sharing them is safe).
 */
const MARKS = /\p{M}/gu;
const PUNCTUATION = /[\p{P}\p{S}]/gu;
const SPACES = /\s+/g;
/** White space that collapsing changes: a run of two or more, or one that is not a plain space. */
const UNCOLLAPSED = /\s\s|[^\S ]/;

/** Lower case, accents and punctuation/symbols (arrows, `»`, `…`) dropped, white space collapsed. */
function comparableText(s: string): string {
  const t = s.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(PUNCTUATION, ' ');
  // Most texts are words with single spaces: collapsing would copy them unchanged (once per distinct text, measured).
  return (UNCOLLAPSED.test(t) ? t.replace(SPACES, ' ') : t).trim();
}

const PHRASES: ReadonlyMap<string, string> = new Map(
  Object.entries(AMBIGUOUS_PHRASES).flatMap(([lang, list]) =>
    list.map((p) => [comparableText(p), lang] as const),
  ),
);

/** What a screen reader announces: aria-label first, else the text and image alt text. */
function accessibleName(link: Link): string {
  const label = link.attributes['aria-label']?.trim() ?? '';
  if (label !== '') return label;
  return (link.imageAlt === null ? link.text : `${link.text} ${link.imageAlt}`).trim();
}

export const rule = defineRule({
  id: 'ambiguous-link-text',
  defaultSeverity: 'info',
  category: 'accessibility',
  summary: 'the link text is only "click here", "here", "read more", "learn more" or similar',
  effect: 'accessibility',
  title: 'Link text that says nothing',
  impact:
    'Text like "click here" does not say where the link goes, for screen readers and for everyone skimming.',
  remedy: 'Write link text that says where the link goes, such as "See the winter sale".',
  fixHint: 'Say where the link goes instead of "click here"',
  severityRationale: 'Info: the link works; the text only makes it harder to understand out of context.',
  messages: {
    'ambiguous-link-text': {
      text: (d) =>
        `Link text "${String(d['text'])}" does not say where the link goes: screen-reader users who list the links ` +
        'hear only this, and click reports cannot tell such links apart; name the destination or add an aria-label',
    },
  },
  check(ctx) {
    // Link texts repeat ("Shop now", "Instagram"): each distinct one is normalised once.
    const ambiguous = new Map<string, boolean>();
    for (const link of ctx.links) {
      // An Outlook-only copy of a button repeats the text of the button other clients show.
      if (link.href === null || isOutlookOnly(link)) continue;
      const name = accessibleName(link);
      let known = ambiguous.get(name);
      if (known === undefined) {
        known = PHRASES.has(comparableText(name));
        ambiguous.set(name, known);
      }
      if (!known) continue;
      ctx.report({ link, messageId: 'ambiguous-link-text', data: { text: name } });
    }
  },
});
