import type { FactError } from '../../core/facts';
import ipaddr from 'ipaddr.js';
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

/**
 * Whether an outbound check may connect to `port` of `hostname`: never port 0
 * (it would connect to 80 or 443 and be reported as that port's answer); the
 * ports of ALLOWED_PORTS (80 and 443 by default; empty = any); any port of a
 * host ALLOW_HOSTS names itself (a name, an IP or a CIDR holding the IP
 * literal), which only tests and private set-ups use.
 */
export function portAllowed(
  hostname: string,
  port: number,
  allowedPorts: readonly number[],
  allowHosts: readonly string[] = [],
): boolean {
  if (!Number.isInteger(port) || port < 1 || port > 65535) return false;
  if (allowedPorts.length === 0 || allowedPorts.includes(port)) return true;
  const host = hostname.toLowerCase();
  const ip = parseIpLiteral(host);
  return allowHosts.some((entry) => {
    const e = entry.trim().toLowerCase();
    if (e === host) return true;
    if (ip === null || !e.includes('/') || !ipaddr.isValidCIDR(e)) return false;
    const [range, bits] = ipaddr.parseCIDR(e);
    return range.kind() === ip.kind() && ip.match(range, bits);
  });
}

export function parseTargetUrl(
  raw: string,
  allowedPorts: readonly number[],
  allowHosts: readonly string[] = [],
): TargetUrlResult {
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
  const hostname = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname.toLowerCase();
  if (port === 0) return blocked('Port 0 is not a port a link can reach');
  if (!portAllowed(hostname, port, allowedPorts, allowHosts)) {
    return blocked(`Port ${port} is not among the allowed ports (${allowedPorts.join(', ')})`);
  }
  return { ok: true, target: { url, hostname, port, ipLiteral: parseIpLiteral(hostname) !== null } };
}
