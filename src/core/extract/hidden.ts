import { memoByString } from '../cache/string-memo';
import type { DefaultTreeAdapterTypes as T } from 'parse5';

/** `#`: node names that start with it are not elements (`#text`, `#comment`, `#document`, `#document-fragment`). */
const HASH = 35;

/** Whether a parse5 node is an element (by its name: no `in` test, one shape for the engine). */
export function isElement(node: T.Node): node is T.Element {
  return node.nodeName.charCodeAt(0) !== HASH;
}

/**
 * Whether an element hides itself (and so what it holds) from readers, the
 * way editors and spammers hide things in email: `display:none`,
 * `visibility:hidden`, `opacity:0`, the `hidden` attribute, a zero-size box
 * that clips its content (`max-height:0; overflow:hidden`), or a box moved far
 * off screen (`position:absolute; left:-1000px`, a honeypot). `mso-hide:all`
 * hides from Outlook only, so it does not count. An element is hidden when it
 * or an element above it hides itself (the extraction walks the ancestors).
 *
 * @param shownByMedia class names that `@media` rules of the email's style
 * sheets mention: a responsive email hides its mobile block inline
 * (`style="display:none" class="mobile"`) and shows it on small screens.
 */
export function hidesItself(el: T.Element, shownByMedia: ReadonlySet<string>): boolean {
  let style = '';
  let classes = '';
  for (const a of el.attrs) {
    if (a.name === 'hidden') return true;
    if (a.name === 'style') style = a.value;
    if (a.name === 'class') classes = a.value;
  }
  if (style === '' || !styleHides(style)) return false;
  // A block a media query may show (the mobile version of a responsive email) is not hidden.
  // The class names are split only here, for the few elements whose style hides them.
  return !classes.split(/\s+/).some((c) => c !== '' && shownByMedia.has(c));
}

/** Class names mentioned inside the `@media` rules of an email's HTML (its style sheets). */
export function classesInMediaRules(html: string): Set<string> {
  const out = new Set<string>();
  const re = /@media\b/gi;
  let m: RegExpExecArray | null;
  let scanned = 0;
  while ((m = re.exec(html)) !== null && scanned < 2_000_000) {
    const chunk = html.slice(m.index, m.index + 20_000);
    // The media block: up to the brace that closes it.
    let depth = 0;
    let end = chunk.length;
    for (let i = chunk.indexOf('{'); i >= 0 && i < chunk.length; i++) {
      const c = chunk[i];
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) {
        end = i;
        break;
      }
    }
    const block = chunk.slice(0, end);
    scanned += block.length;
    for (const cls of block.matchAll(/\.(-?[A-Za-z_][\w-]*)/g)) if (cls[1]) out.add(cls[1]);
    re.lastIndex = m.index + Math.max(1, end);
  }
  return out;
}

/** Whether an inline style hides its element from every client. */
export function styleHides(style: string): boolean {
  return styleHidesOfText(style);
}

/** Emails repeat the same inline styles on many elements: judged once per distinct style. */
const styleHidesOfText = memoByString((style: string): boolean => {
  const s = style.toLowerCase().replace(/\/\*[\s\S]*?\*\//g, '');
  const decl = new Map<string, string>();
  for (const part of s.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const name = part.slice(0, colon).trim();
    const value = part
      .slice(colon + 1)
      .replace(/!important/, '')
      .trim();
    if (name !== '' && !name.startsWith('mso-')) decl.set(name, value);
  }
  if (decl.get('display') === 'none') return true;
  if (decl.get('visibility') === 'hidden') return true;
  if (/^0(?:\.0*)?$/.test(decl.get('opacity') ?? '')) return true;
  const clips = /^(?:hidden|clip)$/.test(decl.get('overflow') ?? '');
  if (
    clips &&
    (zero(decl.get('max-height')) ||
      zero(decl.get('height')) ||
      zero(decl.get('width')) ||
      zero(decl.get('max-width')))
  ) {
    return true;
  }
  if (decl.get('position') === 'absolute' || decl.get('position') === 'fixed') {
    for (const side of ['left', 'top', 'right']) {
      const m = /^(-\d+(?:\.\d+)?)(?:px)?$/.exec(decl.get(side) ?? '');
      if (m && Number(m[1]) <= -500) return true;
    }
  }
  return false;
});

/** A length of zero (`0`, `0px`, `0%`…). */
function zero(v: string | undefined): boolean {
  return v !== undefined && /^0(?:px|pt|em|rem|%)?$/.test(v);
}

/** An image nobody sees as content: 0 or 1 pixel wide or high (spacers, pixels), or hidden by its style. */
export function isInvisibleImage(img: T.Element): boolean {
  for (const a of img.attrs) {
    if ((a.name === 'width' || a.name === 'height') && /^\s*[01](?:px)?\s*$/i.test(a.value)) return true;
    if (a.name === 'style') {
      if (styleHides(a.value)) return true;
      if (/(?:^|;)\s*(?:width|height)\s*:\s*[01](?:px)?\s*(?:;|$)/i.test(a.value)) return true;
    }
  }
  return false;
}
