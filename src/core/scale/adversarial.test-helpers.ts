/**
 * Generated adversarial documents for the fuzz and scale suite:
 * each builds an email of about `bytes` characters out of one
 * pattern that made a pass quadratic or recursive before (or could).
 */
export type Generator = (bytes: number) => string;

const repeat = (unit: string, bytes: number): string =>
  unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));

/** Fills up to `bytes` with `unit(i)` for i = 0, 1, … */
export function fill(bytes: number, unit: (i: number) => string, head = '', tail = ''): string {
  const parts: string[] = [head];
  let size = head.length + tail.length;
  for (let i = 0; size < bytes; i++) {
    const u = unit(i);
    parts.push(u);
    size += u.length;
  }
  parts.push(tail);
  return parts.join('');
}

export const ADVERSARIAL: Readonly<Record<string, Generator>> = {
  /** `<div><img>` never closed: nesting as deep as the document is long. */
  'div-img': (bytes) => repeat('<div><img>', bytes),
  /** A link around everything, nested `<span>`s all the way down. */
  'deep-link': (bytes) => {
    const n = Math.floor((bytes - 40) / 13);
    return `<a href="https://e.example/">${'<span>'.repeat(n)}x${'</span>'.repeat(n)}</a>`;
  },
  /** Outlook VML buttons nested in each other inside one conditional comment. */
  'nested-vml': (bytes) =>
    fill(
      bytes,
      (i) => `<v:roundrect href="https://e.example/${i}"><v:textbox><center>Shop ${i}`,
      '<!--[if mso]>',
      '<![endif]-->',
    ),
  /** Many conditional comments, each with a VML button and its HTML twin. */
  'conditional-comments': (bytes) =>
    fill(
      bytes,
      (i) =>
        `<!--[if mso]><v:rect href="https://e.example/${i}" style="width:9px"><center>Go</center></v:rect><![endif]--><!--[if !mso]><!--><a href="https://e.example/${i}">Go</a><!--<![endif]-->\n`,
    ),
  /** Start tags with hundreds of attributes. */
  'many-attributes': (bytes) =>
    fill(
      bytes,
      (i) =>
        `<a href="https://e.example/${i}" ${Array.from({ length: 200 }, (_, k) => `data-a${k}="${k}"`).join(' ')}>x</a>\n`,
    ),
  /** Repeated partial tags: `<meta` and `<a href=` that never close. */
  'partial-tags': (bytes) => repeat('<meta <a href="x <img src=', bytes),
  /** Few links with very long hrefs (query strings of UTM-like parameters). */
  'long-hrefs': (bytes) =>
    fill(
      bytes,
      (i) =>
        `<a href="https://e.example/${i}?${'utm_x=' + 'q'.repeat(9_000) + '&'.repeat(3)}#${'f'.repeat(900)}">x</a>\n`,
    ),
  /** Fixable links (white space and a missing scheme), one a line, for `fix`. */
  'fixable-links': (bytes) => fill(bytes, (i) => `<a href=" www.example.com/p${i} ">Product ${i}</a>\n`),
};
