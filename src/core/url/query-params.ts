import { parsedUrl, type QueryParam } from './parsed-url';

export { parseParams, type QueryParam } from './parsed-url';

/** The query parameters of an absolute URL (before any `#`), in order; `[]` without a query. */
export function queryParams(url: string): QueryParam[] {
  return parsedUrl(url).params.map((p) => ({ ...p }));
}
