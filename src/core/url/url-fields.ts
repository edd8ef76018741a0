import { memoByString } from '../cache/string-memo';

/** The parts of a URL as the WHATWG URL parser (`new URL`) gives them, read-only. */
export interface UrlFields {
  readonly href: string;
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly host: string;
  readonly hostname: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}

/**
 * `new URL(url)`'s parts, or null when it does not parse: parsed once per
 * distinct URL text and analysis, however many rules ask about the link.
 */
export const urlFields: (url: string) => UrlFields | null = memoByString((url: string): UrlFields | null => {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  return Object.freeze({
    href: u.href,
    protocol: u.protocol,
    username: u.username,
    password: u.password,
    host: u.host,
    hostname: u.hostname,
    pathname: u.pathname,
    search: u.search,
    hash: u.hash,
  });
});
