import { urlFields } from './url-fields';
import { getDomain } from 'tldts';
import { memoByString } from '../cache/string-memo';

/**
 * The registrable domain (public suffix + one label, by the Public Suffix
 * List through tldts) of an absolute URL's host: `shop.example.co.uk` for
 * `https://news.shop.example.co.uk/x`. An IP address is its own domain.
 * Null when the URL does not parse or the host is a merge tag.
 */
export function registrableDomain(url: string): string | null {
  return registrableDomainOfText(url);
}

/** A Public Suffix List look-up once per distinct URL. */
const registrableDomainOfText = memoByString((url: string): string | null => {
  const fields = urlFields(url);
  if (fields === null) return null;
  const host = fields.hostname.toLowerCase();
  if (host === '' || /[{}%*|[\]<>$]|xmergetag\d+x/.test(host)) return null;
  if (/^\d+(\.\d+){3}$/.test(host) || host.startsWith('[')) return host;
  return getDomain(host) ?? null;
});
