import { cleanHref, shiftTags } from '../../extract/classify-href';
import { outsideMergeTags } from '../../extract/outside-merge-tags';
import { quoteHref } from '../../extract/quote-href';
import { defineRule } from '../define-rule';
import { replaceHref, quoteShort } from '../../edit/fix';

/**
 * Where a second `?` stands in the query of a web link (0-based index in the
 * href), when a parameter follows it; null otherwise. A `?` inside a value
 * that is itself a URL or a path (a redirect's `url=https://…?a=1`) belongs
 * to that value and is fine.
 */
function secondQuestionMark(masked: string): { index: number; before: string; after: string } | null {
  const hash = masked.indexOf('#');
  const end = hash < 0 ? masked.length : hash;
  const first = masked.indexOf('?');
  if (first < 0 || first >= end) return null;
  let start = first + 1;
  for (const piece of masked.slice(first + 1, end).split('&')) {
    const eq = piece.indexOf('=');
    const value = eq < 0 ? '' : piece.slice(eq + 1);
    const q = piece.indexOf('?');
    const nestedUrl = eq >= 0 && q > eq && /^(?:[a-z][a-z0-9+.-]*:|%2f|\/)/i.test(value);
    if (q >= 0 && !nestedUrl) {
      const after = piece.slice(q + 1);
      if (/^[^=]+=/.test(after)) {
        return { index: start + q, before: piece.slice(0, q), after: after.slice(0, after.indexOf('=')) };
      }
    }
    start += piece.length + 1;
  }
  return null;
}

/** A second `?` inside the query: `?a=1?utm_source=news`. */
export const rule = defineRule({
  id: 'second-question-mark',
  defaultSeverity: 'warning',
  category: 'url',
  summary:
    'A second "?" inside the query of a web link (?a=1?b=2): the parameter after it becomes part of the value before it.',
  effect: 'campaign-data',
  title: 'Second question mark in the link',
  impact:
    'The link has two question marks, so the website and your analytics read the second part as part of the first value: campaign tags or other parameters after it are lost.',
  remedy: 'Replace the second "?" with "&".',
  fixHint: 'Replace the second "?" with "&"',
  severityRationale:
    'Warning: the page usually still opens, but the parameter after the second "?" is not read (campaign tags are lost, a page may ignore an option).',
  messages: {
    'second-question-mark': {
      text: (d) =>
        `The link ${quoteHref(String(d['href']))} has a second "?" at character ${String(d['position'])}: everything after ` +
        `the first "?" is the query, so "${String(d['parameter'])}" is not read as a parameter but as part of the value ` +
        `of "${String(d['before'])}". Join parameters with "&": ${quoteHref(String(d['fixed']))}.`,
    },
  },
  fix: (i) => {
    const fixed = i.finding.data?.['fixed'];
    return replaceHref(
      i,
      typeof fixed === 'string' ? fixed : null,
      true,
      (_b, a) => `Use "&": ${quoteShort(a)}`,
    );
  },
  check(ctx) {
    for (const link of ctx.links) {
      if (link.kind !== 'web' || link.href === null) continue;
      // Cleaning and masking only take characters away: a second `?` must be in the href as written
      // (with none, both indexes are -1).
      if (link.href.indexOf('?') === link.href.lastIndexOf('?')) continue;
      const cleaned = cleanHref(link.href);
      const masked = outsideMergeTags(cleaned, shiftTags(link.href, cleaned, link.mergeTags), 'x');
      const found = secondQuestionMark(masked);
      if (!found) continue;
      const fixed = `${cleaned.slice(0, found.index)}&${cleaned.slice(found.index + 1)}`;
      ctx.report({
        link,
        messageId: 'second-question-mark',
        data: {
          href: cleaned,
          position: found.index + 1,
          parameter: found.after,
          before: found.before.split('=')[0] ?? '',
          fixed,
        },
      });
    }
  },
});
