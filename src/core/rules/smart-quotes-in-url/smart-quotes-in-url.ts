import { SMART_QUOTES, cleanHref } from '../../extract/classify-href';
import { outsideMergeTags } from '../../extract/outside-merge-tags';
import { quoteHref } from '../../extract/quote-href';
import { defineRule } from '../define-rule';
import { replaceHref, quoteShort } from '../../edit/fix';
import { stripSmartQuotes } from '../../edit/href-rewrites';

/**
 * Typographic quotes or primes inside or around the href, the mark of a link
 * pasted from a word processor (`href=”https://x.com”` makes the curly quotes
 * part of an unquoted value). Reported here only, never as unencoded-characters.
 */
export const rule = defineRule({
  id: 'smart-quotes-in-url',
  defaultSeverity: 'error',
  category: 'url',
  summary: 'Typographic quotes or primes (“ ” ‘ ’ ″ ′) inside or around the href value.',
  effect: 'broken-or-risky',
  title: 'Curly quotes in the link',
  impact:
    'Curly quotes (“ ” ‘ ’) from a word processor become part of the address, so the link breaks and clicks are not counted.',
  remedy: 'Retype the quotes around the link as plain straight quotes (").',
  fixHint: 'Retype the quotes around the link as straight quotes (")',
  severityRationale: 'Error: the quotes become part of the address, which breaks the link and its tracking.',
  fix: (i) => {
    // Smart quotes typed as the attribute's own quotes: write real quotes around the value.
    const { link } = i;
    if (link.href === null || link.raw === null) return null;
    const next = stripSmartQuotes(link.href);
    return replaceHref(
      i,
      next,
      true,
      (_b, a) => `Replace the typographic quotes with straight ones: ${quoteShort(a)}`,
    );
  },
  messages: {
    'smart-quotes-in-url': {
      text: (d) =>
        `The link ${quoteHref(String(d['href']))} has typographic quotes (${(d['quotes'] as string[]).join(' ')}) ${String(d['where'])} it, ` +
        `as text pasted from a word processor does: they become part of the address, so the link breaks ` +
        `and the email platform may not recognise it for tracking. Use straight quotes: ` +
        `href="${cleanHref(String(d['href']))}".`,
    },
  },
  check(ctx) {
    for (const link of ctx.links) {
      if (link.href === null) continue;
      if (!ONE_QUOTE.test(link.href)) continue;
      // A default value inside a merge tag is the template's business, not the link's.
      const quotes = outsideMergeTags(link.href, link.mergeTags).match(SMART_QUOTES);
      if (!quotes) continue;
      ctx.report({
        link,
        messageId: 'smart-quotes-in-url',
        data: { href: link.href, quotes: [...new Set(quotes)], where: position(link.href.trim()) },
      });
    }
  },
});

/** One typographic quote or prime (SMART_QUOTES without the global flag). */
const ONE_QUOTE = new RegExp(SMART_QUOTES.source);

/** Where the quotes stand: around the value, before it, at its end, or inside it. */
function position(value: string): string {
  const first = ONE_QUOTE.test(value[0] ?? '');
  const last = ONE_QUOTE.test(value[value.length - 1] ?? '');
  if (first && last) return 'around';
  if (first) return 'before';
  if (last) return 'at the end of';
  return 'inside';
}
