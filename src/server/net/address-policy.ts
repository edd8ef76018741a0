import ipaddr from 'ipaddr.js';
import { CLOUD_METADATA_ADDRESSES } from './cloud-metadata-addresses';
import { FORBIDDEN_HOST_NAMES } from './forbidden-host-names';
import { FORBIDDEN_RANGES } from './forbidden-ranges';

/**
 * The SSRF guard's address policy: may an outbound link check connect to
 * this address (reached through this host name)? Every address a hop would
 * connect to goes through `checkAddress`, after DNS and before the socket is
 * opened; the socket then goes to that very address.
 *
 * ALLOW_HOSTS lifts the block for listed targets only:
 * - an IP entry permits connecting to that address;
 * - a CIDR entry permits connecting to addresses inside it;
 * - a host-name entry permits the addresses that name resolves to, and only
 *   when the hop's host is that name: other names resolving to the same
 *   address are still refused.
 * Cloud metadata addresses are refused even when a CIDR entry covers them.
 */
export type PolicyVerdict = { ok: true } | { ok: false; reason: string };

export interface AddressPolicy {
  /** Before any DNS look-up: is this host name itself refused (localhost, metadata names)? */
  checkHostName(hostname: string): PolicyVerdict;
  /** May a connection for `hostname` go to `address`? */
  checkAddress(address: string, hostname: string): PolicyVerdict;
}

type Addr = ipaddr.IPv4 | ipaddr.IPv6;

/** LDH labels (and `_`, seen in real names), 1–63 characters each, at most 253 in all (RFC 1035 §2.3.1, RFC 2181 §11). */
const HOST_NAME =
  /^(?=.{1,253}$)(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*$/;

interface ParsedRange {
  range: [Addr, number];
  name: string;
  source: string;
}

const FORBIDDEN: readonly ParsedRange[] = FORBIDDEN_RANGES.map((r) => ({
  range: ipaddr.parseCIDR(r.cidr),
  name: r.name,
  source: r.source,
}));

const METADATA = new Map(
  CLOUD_METADATA_ADDRESSES.map((m) => [ipaddr.parse(m.address).toNormalizedString(), m]),
);

/** `[::1]` or `::1` or `127.0.0.1` → the address, or null when it is not an IP literal in canonical form. */
export function parseIpLiteral(host: string): Addr | null {
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  // Only the standard forms: URL parsing has already turned decimal, octal, hex and short IPv4 into dotted quads.
  if (ipaddr.IPv4.isValidFourPartDecimal(bare)) return ipaddr.IPv4.parse(bare);
  if (ipaddr.IPv6.isValid(bare)) return ipaddr.IPv6.parse(bare);
  return null;
}

function normaliseHostName(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}

function inRange(addr: Addr, range: [Addr, number]): boolean {
  return addr.kind() === range[0].kind() && addr.match(range);
}

/** Why an address is forbidden, or null when it is a public unicast address. */
function forbiddenReason(addr: Addr): string | null {
  const text = addr.toString();
  const metadata = METADATA.get(addr.toNormalizedString());
  if (metadata) return `${text} is a cloud metadata address (${metadata.provider})`;
  for (const r of FORBIDDEN) {
    if (inRange(addr, r.range)) return `${text} is ${r.name} (${r.source})`;
  }
  // Defence in depth: anything ipaddr.js does not call plain unicast is refused too.
  const range = addr.range();
  if (range !== 'unicast') return `${text} is not a public unicast address (${range})`;
  return null;
}

interface AllowList {
  names: Set<string>;
  ranges: Array<[Addr, number]>;
}

function parseAllowList(entries: readonly string[]): AllowList {
  const names = new Set<string>();
  const ranges: Array<[Addr, number]> = [];
  for (const raw of entries) {
    const entry = raw.trim();
    if (entry === '') continue;
    if (entry.includes('/')) {
      try {
        ranges.push(ipaddr.parseCIDR(entry));
      } catch {
        // Not a CIDR: ignored (config validation reports it).
      }
      continue;
    }
    const ip = parseIpLiteral(entry);
    if (ip) ranges.push([ip, ip.kind() === 'ipv4' ? 32 : 128]);
    else names.add(normaliseHostName(entry));
  }
  return { names, ranges };
}

export function createAddressPolicy(allowHosts: readonly string[]): AddressPolicy {
  const allow = parseAllowList(allowHosts);
  const nameAllowed = (hostname: string): boolean =>
    parseIpLiteral(hostname) === null && allow.names.has(normaliseHostName(hostname));

  return {
    checkHostName(hostname) {
      const name = normaliseHostName(hostname);
      if (!HOST_NAME.test(name)) return { ok: false, reason: `${hostname} is not a valid host name` };
      if (nameAllowed(name)) return { ok: true };
      for (const f of FORBIDDEN_HOST_NAMES) {
        if (name === f.name || (f.suffix && name.endsWith(`.${f.name}`))) {
          return { ok: false, reason: `${name} is a reserved local or metadata name (${f.source})` };
        }
      }
      return { ok: true };
    },
    checkAddress(address, hostname) {
      const addr = parseIpLiteral(address);
      if (!addr) return { ok: false, reason: `${address} is not an IP address` };
      const metadata = METADATA.get(addr.toNormalizedString());
      if (metadata)
        return { ok: false, reason: `${address} is a cloud metadata address (${metadata.provider})` };
      if (nameAllowed(hostname)) return { ok: true };
      if (allow.ranges.some((r) => inRange(addr, r))) return { ok: true };
      const reason = forbiddenReason(addr);
      return reason === null ? { ok: true } : { ok: false, reason };
    },
  };
}
