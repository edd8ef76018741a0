import { quoteHref } from '../../extract/quote-href';
import { findInvisible, withoutInvisible, type InvisibleCharacter } from '../../url/invisible-characters';
import { defineRule } from '../define-rule';
import { replaceHref, quoteShort } from '../../edit/fix';

function describe(found: readonly InvisibleCharacter[]): string {
  const parts = found.slice(0, 4).map((c) => `a ${c.name} (${c.code}) at character ${c.index + 1}`);
  if (found.length > 4) parts.push(`${found.length - 4} more`);
  return parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

/**
 * Invisible format characters in an href (zero-width space, joiner and
 * non-joiner, soft hyphen, word joiner, byte order mark, bidi marks and
 * overrides), each named with its position. Error in the host or path (the
 * address is another one); warning when they sit only in the query or
 * fragment (a parameter value changes, the page still opens).
 */
export const rule = defineRule({
  id: 'invisible-characters',
  defaultSeverity: 'error',
  category: 'url',
  summary:
    'The href holds invisible characters (zero-width space or joiner, soft hyphen, bidi marks): each is named, with its position.',
  effect: 'broken-or-risky',
  title: 'Invisible characters in the link',
  impact:
    'The link holds characters nobody can see, pasted with the text. They stay in the address, so it leads to a page that does not exist.',
  remedy: 'Retype the link, or delete the invisible characters from it.',
  fixHint: 'Delete the invisible characters from the link',
  severityRationale:
    'Error: in the host or path the invisible character becomes part of the address, so the link leads elsewhere or nowhere. Only in the query or fragment it is a warning: the page opens, but a parameter value (a campaign tag) changes.',
  messages: {
    'invisible-characters': {
      text: (d) =>
        `The link ${quoteHref(String(d['href']))} holds ${String(d['described'])}: they show as nothing, but the address ` +
        `keeps them (percent-encoded), so it no longer leads to the page. Delete them: ${quoteHref(String(d['fixed']))}.`,
    },
    'invisible-characters/query': {
      text: (d) =>
        `The link ${quoteHref(String(d['href']))} holds ${String(d['described'])} in its query or fragment: the page ` +
        `opens, but the parameter value carries the invisible character, so analytics counts it apart. ` +
        `Delete them: ${quoteHref(String(d['fixed']))}.`,
      wording: {
        title: 'Invisible characters in a link parameter',
        impact:
          'A parameter of the link (often a campaign tag) holds characters nobody can see, so your analytics counts it as a different value.',
        remedy: 'Retype the parameter, or delete the invisible characters from it.',
      },
    },
  },
  fix: (i) =>
    replaceHref(
      i,
      i.link.href === null ? null : withoutInvisible(i.link.href),
      true,
      (_b, a) => `Delete the invisible characters: ${quoteShort(a)}`,
    ),
  check(ctx) {
    for (const link of ctx.links) {
      if (link.href === null || link.kind === 'empty') continue;
      const found = findInvisible(link.href);
      if (found.length === 0) continue;
      const data = {
        href: link.href,
        fixed: withoutInvisible(link.href).trim(),
        described: describe(found),
        characters: found.map((c) => ({ name: c.name, code: c.code, position: c.index + 1 })),
      };
      // In a web link, only past the `?` or `#` the address itself is left whole.
      const queryStart = link.kind === 'web' ? link.href.search(/[?#]/) : -1;
      const inQueryOnly = queryStart >= 0 && found.every((c) => c.index > queryStart);
      if (inQueryOnly)
        ctx.report({ link, messageId: 'invisible-characters/query', data, severity: 'warning' });
      else ctx.report({ link, messageId: 'invisible-characters', data });
    }
  },
});
