import { memoByString } from '../cache/string-memo';
import { decodeQueryValue } from './percent-encoding';
import { urlParts } from './url-parts';

export interface QueryParam {
  /** The name as written (not decoded). */
  name: string;
  /** The value decoded as form data; merge tags kept as written. */
  value: string;
}

/** The query parameters of an absolute URL (before any `#`), in order; `[]` without a query. */
export function queryParams(url: string): QueryParam[] {
  return queryParamsOfText(url).map((p) => ({ ...p }));
}

/** Parsed once per distinct URL (the UTM rules all ask about the same links). */
const queryParamsOfText = memoByString((url: string): QueryParam[] => {
  const query = urlParts(url)?.query ?? null;
  return query === null ? [] : parseParams(query);
});

/** Splits `a=1&b=2` (no leading `?`) into parameters; empty pieces are skipped. */
export function parseParams(query: string): QueryParam[] {
  const out: QueryParam[] = [];
  for (const piece of query.split('&')) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    const name = eq < 0 ? piece : piece.slice(0, eq);
    const value = eq < 0 ? '' : piece.slice(eq + 1);
    out.push({ name, value: decodeQueryValue(value) });
  }
  return out;
}
