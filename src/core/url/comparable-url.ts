import { urlFields } from './url-fields';
import { compareText, memoByUrl } from './parsed-url';
import { cleanHref } from './clean-href';
import { findMergeTags, maskMergeTags } from '../url/merge-tags';
import { normalisePercentEncoding } from './percent-encoding';

/**
 * The canonical comparison form of a decoded absolute web URL, equal for
 * equal destinations, or null when it is not one: scheme and host lower
 * case, default port dropped, percent-encoding normalised, query parameters
 * sorted, an empty `?` or `#` dropped. Merge tags are kept exactly as
 * written, so hrefs with different tags never share a key.
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
  const query = (url.search.includes('%') ? null : sortedPlainQuery(url.search)) ?? sortedQuery(url.search);
  const fragment = normalisePercentEncoding(url.hash.slice(1));
  const key =
    `${url.protocol}//${userInfo}${url.host}${path}` +
    (query !== '' ? `?${query}` : '') +
    (fragment !== '' ? `#${fragment}` : '');
  return masking === null ? key : masking.unmask(key);
});

/** A search's (`?a=1&b=2`) non-empty pieces, percent-encoding normalised, sorted, joined with `&`. */
function sortedQuery(search: string): string {
  const query: string[] = [];
  for (const p of search.slice(1).split('&')) if (p !== '') query.push(normalisePercentEncoding(p));
  sortStrings(query);
  return query.join('&');
}

/** Where sortedPlainQuery's pieces start and end, in sorted order: kept between calls, no lists per URL. */
const pieceStarts: number[] = [];
const pieceEnds: number[] = [];

/**
 * sortedQuery of a search without `%` (nothing to normalise) and of at most 16 pieces, with the pieces
 * compared where they are written: no list of pieces, sorted list and joined copy per URL (the key of
 * every distinct href, measured), and the search's own text when its pieces are in order already. Null
 * (or '' without pieces, the same as sortedQuery's) otherwise.
 */
function sortedPlainQuery(search: string): string | null {
  let n = 0;
  let moved = false;
  for (let start = 1; start < search.length;) {
    let end = search.indexOf('&', start);
    if (end === -1) end = search.length;
    if (end > start) {
      if (n === 16) return null;
      // Insertion as sortStrings inserts: after the pieces that are not greater.
      let j = n;
      while (
        j > 0 &&
        compareText(search, pieceStarts[j - 1] as number, pieceEnds[j - 1] as number, start, end) > 0
      ) {
        pieceStarts[j] = pieceStarts[j - 1] as number;
        pieceEnds[j] = pieceEnds[j - 1] as number;
        j--;
        moved = true;
      }
      pieceStarts[j] = start;
      pieceEnds[j] = end;
      n++;
    }
    start = end + 1;
  }
  if (n === 0) return '';
  // In order, and no empty piece to leave out: the pieces joined are the search after its `?`.
  if (!moved && pieceStarts[0] === 1 && pieceEnds[n - 1] === search.length) {
    let joined = true;
    for (let i = 1; i < n; i++) if (pieceStarts[i] !== (pieceEnds[i - 1] as number) + 1) joined = false;
    if (joined) return search.slice(1);
  }
  let out = search.slice(pieceStarts[0], pieceEnds[0]);
  for (let i = 1; i < n; i++) out += `&${search.slice(pieceStarts[i], pieceEnds[i])}`;
  return out;
}

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
