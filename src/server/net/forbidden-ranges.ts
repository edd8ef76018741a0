/**
 * Address ranges an outbound link check must never connect to, with the
 * document that reserves each. Sources: the IANA IPv4 and IPv6 Special-Purpose
 * Address Registries (https://www.iana.org/assignments/iana-ipv4-special-registry,
 * https://www.iana.org/assignments/iana-ipv6-special-registry) and the RFCs
 * named per entry. Transition ranges that embed or tunnel to an IPv4 address
 * (IPv4-mapped, IPv4-translated, NAT64, 6to4, Teredo) are refused outright:
 * a link in an email has no business reaching a server through them, and the
 * embedded address could be any of the IPv4 ranges below.
 */
export interface ForbiddenRange {
  cidr: string;
  name: string;
  source: string;
}

export const FORBIDDEN_RANGES: readonly ForbiddenRange[] = [
  // IPv4
  { cidr: '0.0.0.0/8', name: 'this network', source: 'RFC 791, RFC 1122 §3.2.1.3' },
  { cidr: '10.0.0.0/8', name: 'private network', source: 'RFC 1918' },
  { cidr: '100.64.0.0/10', name: 'carrier-grade NAT (shared address space)', source: 'RFC 6598' },
  { cidr: '127.0.0.0/8', name: 'loopback', source: 'RFC 1122 §3.2.1.3' },
  { cidr: '169.254.0.0/16', name: 'link-local (incl. cloud metadata)', source: 'RFC 3927' },
  { cidr: '172.16.0.0/12', name: 'private network', source: 'RFC 1918' },
  { cidr: '192.0.0.0/24', name: 'IETF protocol assignments', source: 'RFC 6890' },
  { cidr: '192.0.2.0/24', name: 'documentation (TEST-NET-1)', source: 'RFC 5737' },
  { cidr: '192.31.196.0/24', name: 'AS112 service', source: 'RFC 7535' },
  { cidr: '192.52.193.0/24', name: 'AMT relay', source: 'RFC 7450' },
  { cidr: '192.88.99.0/24', name: 'deprecated 6to4 relay anycast', source: 'RFC 7526' },
  { cidr: '192.168.0.0/16', name: 'private network', source: 'RFC 1918' },
  { cidr: '192.175.48.0/24', name: 'direct delegation AS112 service', source: 'RFC 7534' },
  { cidr: '198.18.0.0/15', name: 'benchmarking', source: 'RFC 2544' },
  { cidr: '198.51.100.0/24', name: 'documentation (TEST-NET-2)', source: 'RFC 5737' },
  { cidr: '203.0.113.0/24', name: 'documentation (TEST-NET-3)', source: 'RFC 5737' },
  { cidr: '224.0.0.0/4', name: 'multicast', source: 'RFC 5771' },
  { cidr: '255.255.255.255/32', name: 'limited broadcast', source: 'RFC 919, RFC 8190' },
  { cidr: '240.0.0.0/4', name: 'reserved for future use', source: 'RFC 1112 §4' },
  // IPv6
  { cidr: '::/128', name: 'unspecified', source: 'RFC 4291 §2.5.2' },
  { cidr: '::1/128', name: 'loopback', source: 'RFC 4291 §2.5.3' },
  { cidr: '::/96', name: 'IPv4-compatible IPv6 (deprecated)', source: 'RFC 4291 §2.5.5.1' },
  { cidr: '::ffff:0:0/96', name: 'IPv4-mapped IPv6', source: 'RFC 4291 §2.5.5.2' },
  { cidr: '::ffff:0:0:0/96', name: 'IPv4-translated IPv6', source: 'RFC 2765 §2.1' },
  { cidr: '64:ff9b::/96', name: 'NAT64 well-known prefix', source: 'RFC 6052' },
  { cidr: '64:ff9b:1::/48', name: 'NAT64 local-use prefix', source: 'RFC 8215' },
  { cidr: '100::/64', name: 'discard-only', source: 'RFC 6666' },
  { cidr: '2001::/32', name: 'Teredo', source: 'RFC 4380' },
  { cidr: '2001:2::/48', name: 'benchmarking', source: 'RFC 5180' },
  { cidr: '2001:10::/28', name: 'ORCHID (deprecated)', source: 'RFC 4843' },
  { cidr: '2001:20::/28', name: 'ORCHIDv2', source: 'RFC 7343' },
  { cidr: '2001:db8::/32', name: 'documentation', source: 'RFC 3849' },
  { cidr: '2002::/16', name: '6to4', source: 'RFC 3056' },
  { cidr: '3fff::/20', name: 'documentation', source: 'RFC 9637' },
  { cidr: '5f00::/16', name: 'segment routing SIDs', source: 'RFC 9602' },
  { cidr: 'fc00::/7', name: 'unique local', source: 'RFC 4193' },
  { cidr: 'fe80::/10', name: 'link-local', source: 'RFC 4291 §2.5.6' },
  { cidr: 'fec0::/10', name: 'site-local (deprecated)', source: 'RFC 3879' },
  { cidr: 'ff00::/8', name: 'multicast', source: 'RFC 4291 §2.7' },
];
