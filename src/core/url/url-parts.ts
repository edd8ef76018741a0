import { memoByString } from '../cache/string-memo';
import { findMergeTags, maskMergeTags } from '../url/merge-tags';

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

const SHAPE = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(?:\?([^#]*))?(?:#([\s\S]*))?$/;

/** The parts of `scheme://authority/path?query#fragment`, or null when it is not that shape. */
export function urlParts(url: string): UrlParts | null {
  const parts = urlPartsOfText(url);
  return parts === null ? null : { ...parts };
}

/** Asked about each link by several rules: split once per distinct URL. */
const urlPartsOfText = memoByString((url: string): UrlParts | null => {
  const { masked, unmask } = maskMergeTags(url, findMergeTags(url));
  const m = SHAPE.exec(masked);
  if (!m) return null;
  const part = (s: string | undefined): string | null => (s === undefined ? null : unmask(s));
  return {
    scheme: unmask(m[1] ?? ''),
    authority: unmask(m[2] ?? ''),
    path: unmask(m[3] ?? ''),
    query: part(m[4]),
    fragment: part(m[5]),
  };
});
