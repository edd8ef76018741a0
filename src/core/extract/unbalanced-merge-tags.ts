import type { MergeTag, MergeTagDialect } from '../types';

/** A merge-tag delimiter without its partner, or a tag with one delimiter too many. */
export interface UnbalancedMergeTag {
  dialect: MergeTagDialect;
  /** The delimiter that has no partner (`{{`, `|*`, `%`). */
  delimiter: string;
  /** What a well-formed tag of the dialect looks like (`{{…}}`). */
  expected: string;
  /** Offsets into the value, half-open, of the delimiter. */
  start: number;
  end: number;
}

interface Delimiter {
  text: string;
  dialect: MergeTagDialect;
  expected: string;
  /** Which single brace this delimiter needs to be in excess to count (JSON in a query balances its braces). */
  excess?: '{' | '}';
}

/** Delimiters left over once the balanced tags are taken out; longest first. */
const DELIMITERS: readonly Delimiter[] = [
  { text: '{{{', dialect: 'handlebars', expected: '{{{…}}}', excess: '{' },
  { text: '}}}', dialect: 'handlebars', expected: '{{{…}}}', excess: '}' },
  { text: '{{', dialect: 'handlebars', expected: '{{…}}', excess: '{' },
  { text: '}}', dialect: 'handlebars', expected: '{{…}}', excess: '}' },
  { text: '{%', dialect: 'liquid', expected: '{%…%}' },
  { text: '%}', dialect: 'liquid', expected: '{%…%}' },
  { text: '*|', dialect: 'mailchimp', expected: '*|…|*' },
  { text: '|*', dialect: 'mailchimp', expected: '*|…|*' },
  { text: '%%', dialect: 'ampscript', expected: '%%…%%' },
  { text: '<%', dialect: 'sendgrid-legacy', expected: '<%…%>' },
  { text: '%>', dialect: 'sendgrid-legacy', expected: '<%…%>' },
  { text: '${', dialect: 'freemarker', expected: '${…}' },
  { text: '{$', dialect: 'smarty', expected: '{$…}' },
  { text: '#{', dialect: 'hash', expected: '#{…}' },
  { text: '[[', dialect: 'double-bracket', expected: '[[…]]' },
  { text: ']]', dialect: 'double-bracket', expected: '[[…]]' },
];

const HOLE = '\u0001';
/** Any of DELIMITERS, for a quick test. */
const ANY_DELIMITER = /\{\{|\}\}|\{%|%\}|\*\||\|\*|%%|<%|%>|\$\{|\{\$|#\{|\[\[|\]\]/;

/**
 * The merge-tag delimiters of a value (an href) that have no partner:
 * `{{url}`, `*|UNSUB|`, `%%view_email_url%`, `{{{unsubscribe}}`. `tags` are
 * the balanced tags findMergeTags found in the same value.
 */
export function findUnbalancedMergeTags(value: string, tags: readonly MergeTag[]): UnbalancedMergeTag[] {
  const out: UnbalancedMergeTag[] = [];
  // Nothing to find without a tag to glue to or a two-character delimiter.
  if (tags.length === 0 && !ANY_DELIMITER.test(value)) return out;
  // A triple-brace tag closed by two braces (or the reverse) reads as a balanced `{{…}}`.
  for (const tag of tags) {
    // Braze's `{{${attribute}}}` closes the `${` and the `{{` together.
    if (tag.dialect !== 'handlebars' || tag.text.startsWith('{{${')) continue;
    const open = /^\{+/.exec(tag.text)?.[0].length ?? 0;
    const close = /\}+$/.exec(tag.text)?.[0].length ?? 0;
    if (open !== close) {
      const longer = open > close ? '{{{' : '}}}';
      const at = open > close ? tag.start : tag.end - close;
      out.push({
        dialect: 'handlebars',
        delimiter: longer,
        expected: '{{{…}}}',
        start: at,
        end: at + Math.max(open, close),
      });
    }
  }
  let rest = value;
  for (const tag of tags)
    rest = rest.slice(0, tag.start) + HOLE.repeat(tag.end - tag.start) + rest.slice(tag.end);
  if (!/[{}%|[\]<>]/.test(rest)) return out;

  const opens = countOf(rest, '{');
  const closes = countOf(rest, '}');
  let i = 0;
  while (i < rest.length) {
    let hit: Delimiter | undefined;
    for (const d of DELIMITERS) {
      if (!rest.startsWith(d.text, i)) continue;
      if (d.excess === '{' && opens <= closes) continue;
      if (d.excess === '}' && closes <= opens) continue;
      hit = d;
      break;
    }
    if (hit) {
      out.push({
        dialect: hit.dialect,
        delimiter: hit.text,
        expected: hit.expected,
        start: i,
        end: i + hit.text.length,
      });
      i += hit.text.length;
      continue;
    }
    const c = rest[i] ?? '';
    // A lone delimiter character glued to a tag: `%view_email_url%%`, `{{url}}}`, `*|UNSUB|*|`.
    const glued = rest[i - 1] === HOLE || rest[i + 1] === HOLE;
    if (glued && '{}%|[]<>'.includes(c) && !(c === '%' && /^%[0-9A-Fa-f]{2}/.test(value.slice(i)))) {
      const tag = rest[i + 1] === HOLE ? tags.find((t) => t.start === i + 1) : tags.find((t) => t.end === i);
      const stray = strayDelimiter(c, tag?.dialect ?? null, rest[i + 1] === HOLE);
      if (stray) out.push({ ...stray, expected: expectedOf(stray.dialect), start: i, end: i + 1 });
    }
    i++;
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * What a lone delimiter character glued to a balanced tag means: `%view_email_url%` with a `%` more
 * is a mistyped AMPscript `%%…%%`, `<` before `%…%` a SendGrid `<%…%>`, `[` before `[…]` a Mailjet `[[…]]`.
 */
function strayDelimiter(
  c: string,
  dialect: MergeTagDialect | null,
  before: boolean,
): { dialect: MergeTagDialect; delimiter: string } | null {
  if (dialect === 'percent') {
    if (c === '%') return { dialect: 'ampscript', delimiter: '%' };
    if (c === '<' || c === '>') return { dialect: 'sendgrid-legacy', delimiter: before ? '<%' : '%>' };
    return null;
  }
  if (dialect === 'bracket' && (c === '[' || c === ']')) {
    return { dialect: 'double-bracket', delimiter: before ? '[[' : ']]' };
  }
  if (c === '<' || c === '>') return null;
  return { dialect: dialect ?? 'handlebars', delimiter: c };
}

function expectedOf(dialect: MergeTagDialect): string {
  switch (dialect) {
    case 'mailchimp':
      return '*|…|*';
    case 'handlebars':
      return '{{…}}';
    case 'liquid':
      return '{%…%}';
    case 'ampscript':
      return '%%…%%';
    case 'bracket':
      return '[…]';
    case 'double-bracket':
      return '[[…]]';
    case 'sendgrid-legacy':
      return '<%…%>';
    case 'freemarker':
      return '${…}';
    case 'smarty':
      return '{$…}';
    case 'hash':
      return '#{…}';
    case 'percent':
      return '%…%';
    case 'ghost':
      return '%%{…}%%';
    case 'mailcoach':
      return '::…::';
    case 'listmonk':
      return '…@TrackLink';
    case 'eloqua':
      return '~~eloqua..…~~';
    case 'zoho':
      return '$[…]$';
  }
}

function countOf(s: string, c: string): number {
  let n = 0;
  for (let i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) n++;
  return n;
}
