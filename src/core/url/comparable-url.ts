import { urlFields } from './url-fields';
import { memoByUrl } from './parsed-url';
import { cleanHref } from './clean-href';
import { findMergeTags, maskMergeTags } from '../url/merge-tags';
import type { Link } from '../types';
import { normalisePercentEncoding } from './percent-encoding';

/** A web link's destination in two forms: how it is written, and a key equal for equal destinations. */
export interface ComparableUrl {
  /**
   * The destination in canonical form: scheme and host lower case, default port
   * dropped, percent-encoding normalised, query parameters sorted, an empty `?`
   * or `#` dropped. Merge tags are kept exactly as written, so hrefs with
   * different tags never share a key.
   */
  key: string;
  /** The href as written in the source (entities not decoded), or the decoded href when the source is unknown. */
  written: string;
}

/** The comparison forms of a web link's href; null for other kinds and for hrefs that do not parse. */
export function comparableUrl(link: Pick<Link, 'href' | 'kind' | 'raw'>): ComparableUrl | null {
  if (link.href === null || link.kind !== 'web') return null;
  const key = comparisonKey(link.href);
  if (key === null) return null;
  return { key, written: link.raw?.rawValue ?? link.href };
}

/**
 * The canonical comparison form of a decoded absolute web URL (see
 * ComparableUrl.key), or null when it is not one.
 */
export function comparisonKey(href: string): string | null {
  return comparisonKeyOfText(href);
}

/** Several rules compare the same hrefs: one key per distinct href. */
const comparisonKeyOfText = memoByUrl((href: string): string | null => {
  const cleaned = cleanHref(href);
  const tags = findMergeTags(cleaned);
  // Most hrefs have no merge tag: nothing to mask and put back (no masking record per href).
  const masking = tags.length === 0 ? null : maskMergeTags(cleaned, tags);
  const url = urlFields(masking === null ? cleaned : masking.masked);
  if (url === null) return null;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const userInfo = url.username || url.password ? `${url.username}:${url.password}@` : '';
  const path = normalisePercentEncoding(url.pathname);
  const query: string[] = [];
  for (const p of url.search.slice(1).split('&')) if (p !== '') query.push(normalisePercentEncoding(p));
  sortStrings(query);
  const fragment = normalisePercentEncoding(url.hash.slice(1));
  const key =
    `${url.protocol}//${userInfo}${url.host}${path}` +
    (query.length > 0 ? `?${query.join('&')}` : '') +
    (fragment !== '' ? `#${fragment}` : '');
  return masking === null ? key : masking.unmask(key);
});

/**
 * Sorts strings in place as `Array.prototype.sort()` does (by UTF-16 code
 * units): an insertion sort for the few parameters of a query, which makes
 * no working copy the way the built-in sort does; the built-in sort for long ones.
 */
function sortStrings(values: string[]): void {
  if (values.length > 16) {
    values.sort();
    return;
  }
  for (let i = 1; i < values.length; i++) {
    const value = values[i] as string;
    let j = i - 1;
    while (j >= 0 && (values[j] as string) > value) {
      values[j + 1] = values[j] as string;
      j--;
    }
    values[j + 1] = value;
  }
}
