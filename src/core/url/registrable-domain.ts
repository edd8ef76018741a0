import { urlFields } from './url-fields';
import { getDomain } from 'tldts';
import { memoByString } from '../cache/string-memo';
import { memoByUrl } from './parsed-url';

/**
 * The registrable domain (public suffix + one label, by the Public Suffix
 * List through tldts) of an absolute URL's host: `shop.example.co.uk` for
 * `https://news.shop.example.co.uk/x`. An IP address is its own domain.
 * Null when the URL does not parse or the host is a merge tag.
 */
export function registrableDomain(url: string): string | null {
  return registrableDomainOfText(url);
}

/** Asked for every web link: once per distinct URL. */
const registrableDomainOfText = memoByUrl((url: string): string | null => {
  const fields = urlFields(url);
  return fields === null ? null : registrableDomainOfHost(fields.hostname.toLowerCase());
});

/** A Public Suffix List look-up once per distinct host: an email's many URLs share a few hosts. */
const registrableDomainOfHost = memoByString((host: string): string | null => {
  if (host === '' || /[{}%*|[\]<>$]|xmergetag\d+x/.test(host)) return null;
  if (/^\d+(\.\d+){3}$/.test(host) || host.startsWith('[')) return host;
  return getDomain(host) ?? null;
});
