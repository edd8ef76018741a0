import { memoByUrl, parseParams, parsedUrl, type QueryParam } from './parsed-url';

/**
 * Google Analytics campaign parameters (support.google.com/analytics/answer/10917952):
 * the ones the rules compare between links.
 */
export const UTM_COMPARED = ['utm_source', 'utm_medium', 'utm_campaign'] as const;

/** Whether a query parameter name is a campaign (`utm_*`) parameter; names are matched case-insensitively. */
export function isUtmName(name: string): boolean {
  return UTM_NAME.test(name);
}

/** A constant, not a literal in isUtmName: a literal makes a RegExp object each time it runs. */
const UTM_NAME = /^utm_[a-z0-9_]+$/i;

/**
 * The `utm_*` parameters in the query of an absolute URL (not those after
 * `#`), in order. Shared, once per distinct URL: read them, never change them.
 */
export function utmParams(url: string): readonly QueryParam[] {
  return utmParamsOfText(url);
}

/**
 * Read from the query in place: only the `utm_*` parameters are made (most of a query is other
 * parameters), and a URL without any shares one empty list (measured: the whole parameter list of
 * every URL was made and kept for the analysis).
 */
const utmParamsOfText = memoByUrl((url: string): readonly QueryParam[] => {
  const query = parsedUrl(url).query;
  if (query === null) return NO_PARAMS;
  const params = parseParams(query, utmNameAt);
  for (const p of params) Object.freeze(p);
  return params.length === 0 ? NO_PARAMS : Object.freeze(params);
});

const NO_PARAMS: readonly QueryParam[] = Object.freeze([]);

/** The usual names as constants: a URL's `utm_source` is this string, not a copy of its own per URL. */
const USUAL_NAMES = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_content', 'utm_term', 'utm_id'];

/**
 * The `utm_*` name (isUtmName) written at `query[start, end)`, or null: cut only when it starts `utm_`,
 * and a usual name written in lower case is its constant.
 */
function utmNameAt(query: string, start: number, end: number): string | null {
  if (
    end - start <= 4 ||
    (query.charCodeAt(start) | 0x20) !== 0x75 || // u
    (query.charCodeAt(start + 1) | 0x20) !== 0x74 || // t
    (query.charCodeAt(start + 2) | 0x20) !== 0x6d || // m
    query.charCodeAt(start + 3) !== 0x5f // _
  )
    return null;
  for (const usual of USUAL_NAMES) {
    if (usual.length === end - start && query.startsWith(usual, start)) return usual;
  }
  const name = query.slice(start, end);
  return isUtmName(name) ? name : null;
}
