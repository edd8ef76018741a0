import { parsedUrl } from './parsed-url';

/**
 * A written absolute URL split into its parts as written (nothing decoded or
 * normalised). Merge tags are kept whole: a `#` or `?` inside `{{ … }}` or
 * `#{…}` does not start a fragment or a query.
 */
export interface UrlParts {
  /** `https`, as written. */
  scheme: string;
  /** Between `//` and the path: user info, host and port, as written. */
  authority: string;
  path: string;
  /** After `?`, before `#`; null when there is no `?`. */
  query: string | null;
  /** After `#`; null when there is no `#`. */
  fragment: string | null;
}

/** The parts of `scheme://authority/path?query#fragment`, or null when it is not that shape. */
export function urlParts(url: string): UrlParts | null {
  const parts = parsedUrl(url).parts;
  return parts === null ? null : { ...parts };
}
