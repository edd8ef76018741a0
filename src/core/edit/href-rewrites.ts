/**
 * Pure rewrites of a decoded href value, one per kind of repair. Each returns
 * the repaired value, or null when the repair does not apply or would be a
 * guess. All are idempotent: applying one to its own result changes nothing.
 */

import { findMergeTags } from '../url/merge-tags';
import { SMART_QUOTES } from '../extract/classify-href';

export function trimWhitespace(href: string): string | null {
  const out = href.replace(/^[\s\u00A0]+|[\s\u00A0]+$/g, '').replace(/[\t\r\n]+/g, '');
  return out !== href ? out : null;
}

const LEADING_QUOTES = new RegExp(`^(?:${SMART_QUOTES.source}|["'\\s])+`);
const TRAILING_QUOTES = new RegExp(`(?:${SMART_QUOTES.source}|["'\\s])+$`);

/** Smart quotes (and stray straight quotes) around the URL are removed; inside it they are left alone. */
export function stripSmartQuotes(href: string): string | null {
  SMART_QUOTES.lastIndex = 0;
  if (!SMART_QUOTES.test(href)) return null;
  const out = href.replace(LEADING_QUOTES, '').replace(TRAILING_QUOTES, '');
  SMART_QUOTES.lastIndex = 0;
  return out !== href && !SMART_QUOTES.test(out) ? out : null;
}

export function addScheme(href: string): string | null {
  const t = href.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(t) && !/^[^:/]+\.[a-z]{2,}:\d/i.test(t)) return null;
  if (t.startsWith('//')) return `https:${t}`;
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}([/:?#]|$)/i.test(t)) return `https://${t}`;
  return null;
}

/** `&amp;amp;` left in a decoded value as `&amp;`, and `#038;` from a mangled `&#038;`, back to `&`. */
export function repairDoubleEncoding(href: string): string | null {
  let out = href;
  for (let i = 0; i < 5; i++) {
    const next = out.replace(/&amp;/gi, '&').replace(/&?#0*38;/g, '&');
    if (next === out) break;
    out = next;
  }
  return out !== href ? out : null;
}

const QP_DELIMITERS: Record<string, string> = {
  '3D': '=',
  '26': '&',
  '3F': '?',
  '2F': '/',
  '23': '#',
  '3A': ':',
  '20': '%20',
  '2E': '.',
};

/** Quoted-printable debris: soft line breaks removed, `=3D` and other encoded delimiters decoded. */
export function repairQuotedPrintable(href: string): string | null {
  let out = href.replace(/=\r?\n/g, '');
  out = out.replace(/=([0-9A-F]{2})/g, (whole, hex: string) => QP_DELIMITERS[hex] ?? whole);
  return out !== href ? out : null;
}

/** `https://x.com/p#top?utm_source=a` → `https://x.com/p?utm_source=a#top`. */
export function moveQueryBeforeFragment(href: string): string | null {
  const hash = href.indexOf('#');
  if (hash < 0) return null;
  const fragment = href.slice(hash + 1);
  const m = /^([^?&]*)[?&](.+)$/.exec(fragment);
  if (!m || !/=/.test(m[2] ?? '')) return null;
  const base = href.slice(0, hash);
  const moved = m[2] ?? '';
  const joiner = base.includes('?') ? (base.endsWith('?') || base.endsWith('&') ? '' : '&') : '?';
  const frag = m[1] ?? '';
  return `${base}${joiner}${moved}${frag ? `#${frag}` : ''}`;
}

const MUST_ENCODE = /[\s"<>\\^`{|}]|[^ -~]/u;

/** Characters that must be percent-encoded, encoded (UTF-8), outside merge tags and the host. */
export function percentEncode(href: string): string | null {
  const tags = findMergeTags(href);
  const hostEnd = (() => {
    const m = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(href);
    return m ? m[0].length : 0;
  })();
  let out = '';
  let t = 0;
  for (let i = 0; i < href.length;) {
    const tag = tags[t];
    if (tag && i === tag.start) {
      out += tag.text;
      i = tag.end;
      t++;
      continue;
    }
    const cp = href.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    out += i >= hostEnd && MUST_ENCODE.test(ch) ? encodeURIComponent(ch) : ch;
    i += ch.length;
  }
  return out !== href ? out : null;
}

export function upgradeToHttps(href: string): string | null {
  const m = /^(\s*)http:/i.exec(href);
  return m ? `${m[1] ?? ''}https:${href.slice(m[0].length)}` : null;
}
