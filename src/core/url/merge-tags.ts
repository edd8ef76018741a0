import type { MergeTag, MergeTagDialect } from '../types';

/**
 * Merge-tag dialects of docs/contracts/rules.md, most specific first: a `{{{x}}}` is one
 * handlebars tag, not a `{x}` inside a `{{…}}`. Each pattern matches a whole,
 * balanced tag; unbalanced ones are the `unbalanced-merge-tag` rule's business.
 */
const PATTERNS: ReadonlyArray<readonly [MergeTagDialect, RegExp]> = [
  ['mailchimp', /\*\|[^|*\s][^|]*?\|\*/y],
  // Ghost's replacement strings: `%%{unsubscribe_url}%%` (before AMPscript's `%%…%%`).
  ['ghost', /%%\{[A-Za-z_][\w.-]*\}%%/y],
  ['ampscript', /%%=[\s\S]*?=%%/y],
  ['ampscript', /%%\[[\s\S]*?\]%%/y],
  ['ampscript', /%%[A-Za-z_][\w.-]*%%/y],
  // Braze's Liquid attribute `{{${first_name}}}`: one tag, not a triple-brace one.
  ['handlebars', /\{\{\$\{[^{}]*\}\}\}/y],
  ['handlebars', /\{\{\{[\s\S]*?\}\}\}/y],
  ['handlebars', /\{\{[\s\S]*?\}\}/y],
  ['liquid', /\{%[\s\S]*?%\}/y],
  ['sendgrid-legacy', /<%[\s\S]*?%>/y],
  // Zoho Campaigns: `$[LI:FIRSTNAME]$` (before FreeMarker's `${…}` and the bracket tag).
  ['zoho', /\$\[[A-Za-z_][\w:|. -]*\]\$/y],
  ['freemarker', /\$\{[^{}]*\}/y],
  ['smarty', /\{\$[^{}]*\}/y],
  ['hash', /#\{[^{}]*\}/y],
  ['double-bracket', /\[\[[^[\]]+\]\]/y],
  ['bracket', /\[[A-Za-z_][\w .,:=-]*\]/y],
  ['percent', /%[A-Za-z_][\w.-]*%/y],
  // Mailcoach: `::unsubscribeUrl::`, `::unsubscribeTag::news::`.
  ['mailcoach', /::[A-Za-z][A-Za-z0-9_]*(?:::[^:\s"'<>]+)?::/y],
  // listmonk's shorthand for a tracked link: `https://example.com@TrackLink`.
  ['listmonk', /@Track(?:Link|View)\b/y],
  // Eloqua field merges: `~~eloqua..type--emailfield..syntax--recipientid~~`.
  ['eloqua', /~~eloqua\.\.[^~\s]*~~/y],
];

/** A character a merge tag can start with. */
const TAG_START = /[*%{<$#[:@~]/g;

/**
 * The patterns by the character their tags start with, in PATTERNS' order:
 * tags starting with different characters never compete for a place, so
 * trying only these gives the same tags as trying them all.
 */
const PATTERNS_BY_START: ReadonlyMap<string, ReadonlyArray<readonly [MergeTagDialect, RegExp]>> = (() => {
  const byStart = new Map<string, Array<readonly [MergeTagDialect, RegExp]>>();
  for (const entry of PATTERNS) {
    const start = firstCharacterOf(entry[1]);
    const list = byStart.get(start) ?? [];
    list.push(entry);
    byStart.set(start, list);
  }
  return byStart;
})();

/** The one character a pattern's match starts with (each pattern opens with a literal, maybe escaped). */
function firstCharacterOf(pattern: RegExp): string {
  const source = pattern.source;
  return source.startsWith('\\') ? (source[1] ?? '') : (source[0] ?? '');
}

/** Finds the merge tags in a string, left to right, without overlaps. */
export function findMergeTags(value: string): MergeTag[] {
  const tags: MergeTag[] = [];
  TAG_START.lastIndex = 0;
  // `test`, not `exec`: the one-character match ends at lastIndex, and no match array is made per candidate
  // (URLs are full of `%`, `:` and `#`).
  while (TAG_START.test(value)) {
    const i = TAG_START.lastIndex - 1;
    let next = i + 1;
    for (const [dialect, pattern] of PATTERNS_BY_START.get(value[i] ?? '') ?? []) {
      pattern.lastIndex = i;
      const found = pattern.exec(value);
      if (found && found[0].length > 0) {
        // `%name%` is only a tag where it cannot be a percent-encoding (`%20`).
        if (dialect === 'percent' && /^%[0-9A-Fa-f]{2}/.test(found[0])) continue;
        if (dialect === 'bracket' && isIpv6Literal(value, i)) continue;
        tags.push({ dialect, text: found[0], start: i, end: i + found[0].length });
        next = i + found[0].length;
        break;
      }
    }
    TAG_START.lastIndex = next;
  }
  return tags;
}

function isIpv6Literal(value: string, at: number): boolean {
  return /^\/\/$/.test(value.slice(Math.max(0, at - 2), at)) || /^\[[0-9a-f:.]+\]/i.test(value.slice(at));
}

/** The value with every merge tag replaced by a host-safe placeholder, and a function to put them back. */
export function maskMergeTags(
  value: string,
  tags: readonly MergeTag[],
): { masked: string; unmask: (s: string) => string } {
  if (tags.length === 0) return { masked: value, unmask: unchanged };
  let masked = '';
  let last = 0;
  tags.forEach((tag, n) => {
    // listmonk's `@TrackLink` marks the URL before it for tracking; it is no part of the address.
    masked += value.slice(last, tag.start) + (tag.dialect === 'listmonk' ? '' : placeholder(n));
    last = tag.end;
  });
  masked += value.slice(last);
  const unmask = (s: string): string =>
    s.replace(/xmergetag(\d+)x/g, (whole, n: string) => tags[Number(n)]?.text ?? whole);
  return { masked, unmask };
}

function unchanged(s: string): string {
  return s;
}

function placeholder(n: number): string {
  return `xmergetag${n}x`;
}
