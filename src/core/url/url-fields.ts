import { parsedUrl } from './parsed-url';

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
 * distinct URL text and analysis, however many rules ask about the link
 * (the URL's one record, `parsedUrl`).
 */
export function urlFields(url: string): UrlFields | null {
  return parsedUrl(url).fields;
}
