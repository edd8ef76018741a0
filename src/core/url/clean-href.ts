/** Typographic quotes and primes that word processors put around pasted URLs. */
export const SMART_QUOTES = /[\u201C\u201D\u2018\u2019\u201E\u201F\u2032\u2033\u00AB\u00BB]/g;

/**
 * White space at either end of an href: what the URL standard strips (C0
 * controls and space) plus the invisible spaces word processors paste
 * (no-break, zero-width, BOM, ideographic). The whitespace-in-url rule reports them.
 */
const EDGE_SPACE =
  // C0 controls are exactly what the URL standard strips.
  // eslint-disable-next-line no-control-regex
  /^[\u0000-\u0020\u00A0\u200B\u2060\u3000\uFEFF]+|[\u0000-\u0020\u00A0\u200B\u2060\u3000\uFEFF]+$/g;

/** Any character cleanHref removes: a quick test so that clean hrefs are returned as they are. */
const NEEDS_CLEANING =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0020\u00A0\u200B\u2060\u3000\uFEFF\u201C\u201D\u2018\u2019\u201E\u201F\u2032\u2033\u00AB\u00BB]/;
/** A value that starts with a typographic quote or prime. */
export const LEADING_SMART_QUOTE = /^[\u201C\u201D\u2018\u2019\u201E\u201F\u2032\u2033\u00AB\u00BB]/;
/** Strips what a browser strips before parsing (spaces at both ends, tabs and line breaks inside) and smart quotes. */
export function cleanHref(href: string): string {
  if (!NEEDS_CLEANING.test(href)) return href;
  return href
    .replace(SMART_QUOTES, '')
    .replace(EDGE_SPACE, '')
    .replace(/[\t\n\r]/g, '');
}
