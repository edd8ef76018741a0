import { startsWithQpDebris } from '../../extract/qp-debris';
import { hasSwallowedMarkup } from '../../extract/swallowed-markup';
import { quoteHref } from '../../extract/quote-href';
import type { Link, ParseErrorInfo } from '../../types';
import { defineRule, type RuleContext, type RuleMessage } from '../define-rule';

/**
 * Parser errors that change how a link is read, by code (parse5's tokenizer
 * codes, WHATWG HTML §13.2.2, plus the extraction's `nested-a` and
 * `a-not-closed`). Others (`missing-doctype` …) are harmless to links.
 */
const EXPLAIN: Readonly<Record<string, (href: string | null) => string>> = {
  'duplicate-attribute': (href) =>
    `the tag has two href attributes: browsers use the first (${quoteHref(href ?? '', 60)}) and drop the ` +
    `other, while an email platform's link rewriter may track one and send readers to the other. Keep one href.`,
  'swallowed-markup': (href) =>
    `the href holds markup (${quoteHref(href ?? '', 60)}): a quote was not closed, so the text and tags ` +
    `after it, up to the next quote, became part of the address. Close the quote after the address.`,
  'unexpected-character-in-attribute-name': (href) =>
    `a quote or "<" stands where an attribute name should be, usually because a quote earlier in the tag ` +
    `was not closed and swallowed the markup after it` +
    (href ? ` into the href, which now reads ${quoteHref(href, 60)}` : '') +
    `. Close the quote.`,
  'unexpected-character-in-unquoted-attribute-value': (href) =>
    `an unquoted attribute value holds a quote, "<", "=" or "\`"` +
    (href !== null ? `, so the href is read as ${quoteHref(href, 60)}` : '') +
    `. Put the href value in quotes.`,
  'unexpected-equals-sign-before-attribute-name': () =>
    `an "=" stands where an attribute name should be, so the attributes after it are misread. Remove the stray "=".`,
  'missing-attribute-value': () =>
    `an attribute has "=" but no value, so the href may be empty. Give it a value.`,
  'unexpected-null-character': () =>
    `the tag holds a NUL character, which browsers replace with "\uFFFD", so the address changes. Remove it.`,
  'eof-in-tag': () =>
    `the HTML ends inside the start tag of a link, so browsers drop the whole link. Close the tag with ">".`,
  'nested-a': () =>
    `a link starts inside this link: browsers end this link where the next one starts, so its text or button ` +
    `is cut short and clicks on the rest go to the other address. Close each <a> with </a> before the next one.`,
  'a-not-closed': () =>
    `this <a> is never closed with </a>: browsers stretch the link over the content after it (and may repeat it ` +
    `in the next paragraphs), so readers click it where they did not mean to. Add </a>.`,
};

/** One message per error code: `html-parse-error/<code>`. */
const MESSAGES: Readonly<Record<string, RuleMessage>> = Object.fromEntries(
  Object.entries(EXPLAIN).map(([code, explain]) => [
    `html-parse-error/${code}`,
    {
      text: (d: Record<string, unknown>) =>
        `HTML parse error "${code}" ${d['inLink'] === true ? 'in this link' : 'in a link'}: ` +
        explain(typeof d['href'] === 'string' ? d['href'] : null),
    },
  ]),
);

/** Parse errors inside a link's start tag, an unclosed or nested `<a>`, or a link tag cut off by the end of the file. */
export const rule = defineRule({
  id: 'html-parse-error',
  defaultSeverity: 'warning',
  category: 'structure',
  summary:
    'The HTML has a parse error that changes how a link is read (nested <a>, <a> left open, duplicate href, unclosed quote).',
  effect: 'broken-or-risky',
  title: 'Broken code around a link',
  impact:
    'The email code around this link is broken, so email programs may show a different link than you intended.',
  remedy: 'Fix the email code around the link: close the link properly and remove doubled parts.',
  fixHint: 'Fix the HTML around the link (close tags, remove duplicate attributes)',
  severityRationale:
    'Warning: browsers repair most parse errors, but email programs may repair them differently and change the link.',
  messages: MESSAGES,
  check(ctx) {
    const links = [...ctx.links].sort((a, b) => a.startTag.start - b.startTag.start);
    const errors = [...ctx.parseErrors].sort((a, b) => a.offset - b.offset);
    const reported = new Set<string>();
    let j = 0;
    for (const error of errors) {
      if (!EXPLAIN[error.code]) continue;
      while (j < links.length && (links[j]?.startTag.end ?? 0) <= error.offset) j++;
      const candidate = links[j];
      const link = candidate && candidate.startTag.start <= error.offset ? candidate : null;
      if (error.code === 'eof-in-tag') {
        const tagStart = ctx.html.lastIndexOf('<', error.offset - 1);
        if (tagStart < 0 || !/^<(?:a|area|v:[a-z]+)[\s/>]/i.test(ctx.html.slice(tagStart, tagStart + 12)))
          continue;
        report(ctx, error, null, tagStart);
        continue;
      }
      if (link === null) continue;
      // A stray quote after the attributes (`target="_blank"">`) does not change the link; one that swallowed markup does.
      if (error.code === 'unexpected-character-in-attribute-name' && !hasSwallowedMarkup(link.href ?? ''))
        continue;
      const duplicate = error.code === 'duplicate-attribute' ? duplicateAt(ctx.html, error.offset) : null;
      if (duplicate !== null && duplicate.name !== 'href') continue;
      // `href=3D"…"` read from undecoded source is qp-artifact's.
      if (
        error.code === 'unexpected-character-in-unquoted-attribute-value' &&
        startsWithQpDebris(link.href ?? '')
      )
        continue;
      const key = `${link.id} ${error.code}`;
      if (reported.has(key)) continue;
      reported.add(key);
      report(ctx, error, link, duplicate?.start ?? error.offset);
    }
    // An unclosed quote that swallowed markup up to a quote that happened to close it leaves no parse error.
    for (const link of ctx.links) {
      if (
        link.href === null ||
        !hasSwallowedMarkup(link.href) ||
        reported.has(`${link.id} unexpected-character-in-attribute-name`)
      )
        continue;
      const code = 'swallowed-markup';
      report(ctx, { code, ...ctx.lines.position(link.offset) }, link, link.offset);
    }
  },
});

function report(ctx: RuleContext, error: ParseErrorInfo, link: Link | null, offset: number): void {
  ctx.report({
    link,
    offset,
    messageId: `html-parse-error/${error.code}`,
    data: { code: error.code, inLink: link !== null, href: link?.href ?? null },
  });
}

/** The repeated attribute parse5 reports: its error points just past the name; this finds the name and its start. */
function duplicateAt(html: string, offset: number): { name: string; start: number } {
  const from = Math.max(0, offset - 64);
  const m = /([^\s"'=<>/]+)\s*=?$/.exec(html.slice(from, offset + 1));
  if (!m) return { name: '', start: offset };
  return { name: (m[1] ?? '').toLowerCase(), start: from + m.index };
}
