import type { FactError } from '../../core/facts';
import { parseIpLiteral } from './address-policy';

/**
 * A URL an outbound check may try: http or https, no credentials, an allowed
 * port. The WHATWG URL parser has already normalised every textual IPv4 form
 * (decimal `2130706433`, octal `0177.0.0.1`, hex `0x7f.1`, short `127.1`,
 * enclosed alphanumerics) to a dotted quad and IPv6 to its compressed form,
 * so the address policy sees one canonical spelling.
 */
export interface TargetUrl {
  url: URL;
  /** Lowercase host name, or the IP without brackets. */
  hostname: string;
  port: number;
  /** The host is an IP literal (no DNS look-up). */
  ipLiteral: boolean;
}

export type TargetUrlResult = { ok: true; target: TargetUrl } | { ok: false; error: FactError };

const DEFAULT_PORT: Record<string, number> = { 'http:': 80, 'https:': 443 };

export function parseTargetUrl(raw: string, allowedPorts: readonly number[]): TargetUrlResult {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, error: { code: 'invalid-url', message: `Not a valid URL: ${raw.slice(0, 200)}` } };
  }
  const blocked = (message: string): TargetUrlResult => ({
    ok: false,
    error: { code: 'blocked-target', message },
  });
  const defaultPort = DEFAULT_PORT[url.protocol];
  if (defaultPort === undefined) return blocked(`Only http and https URLs are followed, not ${url.protocol}`);
  if (url.username !== '' || url.password !== '') return blocked('URLs with credentials are not followed');
  if (url.hostname === '') return blocked('The URL has no host');
  const port = url.port === '' ? defaultPort : Number(url.port);
  if (allowedPorts.length > 0 && !allowedPorts.includes(port)) {
    return blocked(`Port ${port} is not among the allowed ports (${allowedPorts.join(', ')})`);
  }
  const hostname = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname.toLowerCase();
  return { ok: true, target: { url, hostname, port, ipLiteral: parseIpLiteral(hostname) !== null } };
}
