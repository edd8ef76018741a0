import { cleanHref } from '../../extract/classify-href';
import { outsideMergeTags } from '../../extract/outside-merge-tags';
import { quoteHref } from '../../extract/quote-href';
import { defineRule } from '../define-rule';
import { replaceHref } from '../../edit/fix';
import { trimWhitespace } from '../../edit/href-rewrites';

// Zero-width characters and the byte order mark are invisible-characters', named one by one.
const LEADING = /^[^\S\uFEFF]+/;
const TRAILING = /[^\S\uFEFF]+$/;

/** A module constant: a regex literal in the per-link loop makes a RegExp object for every link. */
const WHITE_SPACE = /\s/;

/**
 * White space at either end of the href, or a line break or tab inside it. A
 * line break right after `=` is a quoted-printable soft break: qp-artifact's.
 * Plain spaces inside a web link are unencoded-characters'.
 */
export const rule = defineRule({
  id: 'whitespace-in-url',
  defaultSeverity: 'error',
  category: 'url',
  summary: 'Leading or trailing white space, or a line break or tab, inside the href value.',
  effect: 'broken-or-risky',
  title: 'Spaces or line breaks in the link',
  impact:
    'Some email programs and click-tracking systems cut the link at the space or line break, so it breaks or is not counted.',
  remedy: 'Remove the spaces and line breaks from the link.',
  fixHint: 'Remove the spaces or line breaks inside the link',
  severityRationale:
    'Error: platforms and email programs cut or refuse such links, so clicks are lost or the link breaks. Plain spaces, tabs or line breaks only at either end are a warning: browsers and most platforms trim them, so the link does not certainly break.',
  messages: {
    'whitespace-in-url': {
      text: (d) =>
        `The link ${quoteHref(String(d['href']))} ${String(d['problems'])}: some email platforms then fail to recognise ` +
        `and track the link, and some email clients break it. Remove the white space: ${quoteHref(String(d['fixed']))}.`,
    },
    'whitespace-in-url/ends': {
      text: (d) =>
        `The link ${quoteHref(String(d['href']))} ${String(d['problems'])}: browsers and most platforms trim it, ` +
        `but a link rewriter that matches links by pattern may not. Remove the white space: ${quoteHref(String(d['fixed']))}.`,
      wording: {
        title: 'Space at the start or end of the link',
        impact:
          'Browsers and most email platforms ignore the space, but a platform that does not may leave the link uncounted.',
        remedy: 'Remove the space from the start or end of the link.',
      },
    },
  },
  fix: (i) =>
    replaceHref(
      i,
      i.link.href === null ? null : trimWhitespace(i.link.href),
      true,
      () => 'Remove the white space and line breaks from the link',
    ),
  check(ctx) {
    for (const link of ctx.links) {
      if (link.href === null || link.kind === 'empty' || link.kind === 'fragment') continue;
      const href = link.href;
      // Every problem below is white space somewhere in the href: most hrefs have none.
      if (!WHITE_SPACE.test(href)) continue;
      const problems: string[] = [];
      const lead = LEADING.exec(href)?.[0];
      const core = href.slice(lead?.length ?? 0);
      const trail = TRAILING.exec(core)?.[0];
      // Spaces, tabs and line breaks at the ends are what browsers (and most platforms) trim.
      const trimmedByBrowsers = [lead, trail].every((x) => x === undefined || /^[ \t\r\n\f]+$/.test(x));
      if (lead) problems.push(`starts with ${describe(lead)}`);
      if (trail) problems.push(`ends with ${describe(trail)}`);
      // Inside, only what stands outside merge tags counts (a tag may span lines).
      const outside = outsideMergeTags(href, link.mergeTags, 'x');
      const inner = outside.slice(lead?.length ?? 0, href.length - (trail?.length ?? 0));
      // Line breaks and tabs inside, except quoted-printable soft breaks (`=` + line break).
      const breaks = inner.replace(/=\r?\n/g, '').match(/[\r\n\t]/g);
      if (breaks) problems.push(`has ${describe(breaks.join(''))} inside`);
      if (problems.length === 0) continue;
      const data = { href, problems: joinAnd(problems), fixed: cleanHref(href) };
      if (!breaks && trimmedByBrowsers) {
        ctx.report({ link, messageId: 'whitespace-in-url/ends', data, severity: 'warning' });
      } else ctx.report({ link, messageId: 'whitespace-in-url', data });
    }
  },
});

function describe(chars: string): string {
  const names = new Set<string>();
  for (const c of chars) {
    if (c === '\n' || c === '\r') names.add('a line break');
    else if (c === '\t') names.add('a tab');
    else if (c === '\u00A0') names.add('a no-break space');
    else names.add('a space');
  }
  return joinAnd([...names]);
}

function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}
