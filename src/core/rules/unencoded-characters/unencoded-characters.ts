import { invisibleName } from '../../url/invisible-characters';
import { cleanHref, shiftTags } from '../../extract/classify-href';
import { quoteHref } from '../../extract/quote-href';
import { hasSwallowedMarkup } from '../../extract/swallowed-markup';
import { findUnbalancedMergeTags } from '../../extract/unbalanced-merge-tags';
import { defineRule } from '../define-rule';
import { replaceHref, quoteShort } from '../../edit/fix';
import { percentEncode } from '../../edit/href-rewrites';

/** A quick test for any character this rule (or another white-space rule) could be about. */
const UNSAFE = /[\s"<>\\^`{|}\u007F-\uFFFF]/;

/** Characters a URL must not carry raw (RFC 3986 §2; WHATWG URL "percent-encode sets"). */
const MUST_ENCODE = new Set([' ', '"', '<', '>', '\\', '^', '`', '{', '|', '}']);

/**
 * Characters that must be percent-encoded, raw in the path, query or fragment
 * of a working web link, outside merge tags. Leading and trailing white space,
 * tabs and line breaks are whitespace-in-url's; smart quotes are
 * smart-quotes-in-url's; broken merge-tag delimiters are unbalanced-merge-tag's;
 * a space in the host is malformed-url's.
 */
export const rule = defineRule({
  id: 'unencoded-characters',
  defaultSeverity: 'warning',
  category: 'encoding',
  summary:
    'Characters that must be percent-encoded appear raw in a web URL (space, ", <, >, \\, ^, `, {, |, }, non-ASCII).',
  effect: 'broken-or-risky',
  title: 'Special characters in the link',
  impact:
    'Spaces or special characters in the address may be changed or cut by email programs, so the link can break.',
  remedy: 'Replace spaces and special characters with their web-safe codes (a space becomes %20).',
  fixHint: 'Percent-encode spaces and special characters (space → %20)',
  severityRationale:
    'Warning: most browsers repair raw characters, but some email programs and link rewriters cut the link at them.',
  messages: {
    'unencoded-characters': {
      text: (d) => {
        const found = d['characters'] as string[];
        return (
          `The link ${quoteHref(String(d['href']))} has characters that must be percent-encoded: ${found.slice(0, 6).map(name).join(', ')}` +
          `${found.length > 6 ? ', …' : ''}. Email platforms' link rewriters may cut the link at them or ` +
          `encode them differently, and some clients break it. Encode them (${found
            .slice(0, 3)
            .map((c) => `${name(c)} as ${encode(c)}`)
            .join(', ')}).`
        );
      },
    },
  },
  fix: (i) =>
    replaceHref(
      i,
      i.link.href === null ? null : percentEncode(i.link.href),
      true,
      (_b, a) => `Percent-encode the raw characters: ${quoteShort(a)}`,
    ),
  check(ctx) {
    for (const link of ctx.links) {
      if (link.kind !== 'web' || link.url === null || link.href === null) continue;
      if (!UNSAFE.test(link.href)) continue;
      // An href that swallowed markup through an unclosed quote is html-parse-error's.
      if (hasSwallowedMarkup(link.href)) continue;
      const cleaned = cleanHref(link.href);
      const tags = shiftTags(link.href, cleaned, link.mergeTags);
      const skip = new Uint8Array(cleaned.length);
      for (const t of tags) skip.fill(1, t.start, t.end);
      // With a mistyped merge tag, its delimiter characters are unbalanced-merge-tag's business.
      const mistyped = findUnbalancedMergeTags(cleaned, tags).length > 0;
      const authority = /^[a-z]+:\/\/[^/?#\\]*/i.exec(cleaned)?.[0].length ?? 0;
      const found: string[] = [];
      for (let i = authority; i < cleaned.length; i++) {
        if (skip[i] === 1 || (mistyped && '{}|[]<>%*'.includes(cleaned[i] ?? ''))) continue;
        const code = cleaned.charCodeAt(i);
        let c = cleaned[i] ?? '';
        if (code >= 0xd800 && code <= 0xdbff) c = cleaned.slice(i, i + 2);
        // Invisible format characters are invisible-characters', named one by one.
        if ((MUST_ENCODE.has(c) || code > 0x7e) && invisibleName(c) === null && !found.includes(c))
          found.push(c);
        if (c.length === 2) i++;
      }
      if (found.length === 0) continue;
      ctx.report({ link, messageId: 'unencoded-characters', data: { href: cleaned, characters: found } });
    }
  },
});

/** How a character is named in a message (invisible ones never get here: invisible-characters names them). */
function name(c: string): string {
  if (c === ' ') return 'a space';
  if (c === '\u00A0') return 'a no-break space';
  if (/\s/.test(c)) return 'a white-space character';
  return `"${c}"`;
}

function encode(c: string): string {
  return [...new TextEncoder().encode(c)]
    .map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`)
    .join('');
}
