/**
 * What domain blocklists answer, and what the answers mean.
 * Sources: Spamhaus DBL return codes (https://www.spamhaus.org/faqs/domain-blocklist/),
 * Spamhaus "DNSBL error codes": 127.255.255.0/24 from any zone is an error,
 * never a listing (https://www.spamhaus.com/resource-center/successfully-accessing-spamhaus-free-block-lists-using-a-public-dns/),
 * Spamhaus Data Query Service zones `<key>.dbl.dq.spamhaus.net` answer with the
 * DBL codes (https://docs.spamhaus.com/datasets/docs/source/70-access-methods/data-query-service/000-intro.html),
 * SURBL bitmask (https://www.surbl.org/lists), URIBL bitmask and refusal code (https://uribl.com/about.shtml).
 * Query `<domain>.<zone>` for A; NXDOMAIN = not listed. Some answers are
 * errors (refused, rate limited, queried via a public resolver): they make the
 * status `unknown`, never `clean`.
 */
export type DnsblAnswer = { kind: 'listed'; meaning: string } | { kind: 'error'; meaning: string };

export interface DnsblZoneCodes {
  zone: string;
  /** Meaning of an answer address, or null when the zone does not know it. */
  interpret(address: string): DnsblAnswer | null;
}

const SPAMHAUS_DBL: Record<string, DnsblAnswer> = {
  '127.0.1.2': { kind: 'listed', meaning: 'spam domain' },
  '127.0.1.4': { kind: 'listed', meaning: 'phishing domain' },
  '127.0.1.5': { kind: 'listed', meaning: 'malware domain' },
  '127.0.1.6': { kind: 'listed', meaning: 'botnet C&C domain' },
  '127.0.1.102': { kind: 'listed', meaning: 'abused legitimate spam' },
  '127.0.1.103': { kind: 'listed', meaning: 'abused spammed redirector' },
  '127.0.1.104': { kind: 'listed', meaning: 'abused legitimate phishing' },
  '127.0.1.105': { kind: 'listed', meaning: 'abused legitimate malware' },
  '127.0.1.106': { kind: 'listed', meaning: 'abused legitimate botnet C&C' },
  '127.0.1.255': { kind: 'error', meaning: 'IP queried (the DBL lists domains only)' },
  '127.255.255.252': { kind: 'error', meaning: 'typing error in the DNSBL name' },
  '127.255.255.254': { kind: 'error', meaning: 'query refused: sent through a public resolver' },
  '127.255.255.255': { kind: 'error', meaning: 'query refused: rate limited' },
};

const SURBL_BITS: Array<[number, string]> = [
  [8, 'phishing'],
  [16, 'malware'],
  [64, 'abuse'],
  [128, 'cracked site'],
];

const URIBL_BITS: Array<[number, string]> = [
  [2, 'black'],
  [4, 'grey'],
  [8, 'red'],
];

function bitmask(address: string, bits: Array<[number, string]>): string[] {
  const last = Number(address.split('.').pop());
  return bits.filter(([bit]) => (last & bit) !== 0).map(([, name]) => name);
}

const DNSBL_ZONE_CODES: readonly DnsblZoneCodes[] = [
  { zone: 'dbl.spamhaus.org', interpret: (a) => SPAMHAUS_DBL[a] ?? null },
  {
    zone: 'multi.surbl.org',
    interpret: (a) => {
      if (!a.startsWith('127.0.0.')) return null;
      const names = bitmask(a, SURBL_BITS);
      return names.length > 0 ? { kind: 'listed', meaning: names.join(', ') } : null;
    },
  },
  {
    zone: 'multi.uribl.com',
    interpret: (a) => {
      if (a === '127.0.0.1')
        return { kind: 'error', meaning: 'query refused (public resolver or over the free limit)' };
      if (!a.startsWith('127.0.0.')) return null;
      const names = bitmask(a, URIBL_BITS);
      return names.length > 0 ? { kind: 'listed', meaning: names.join(', ') } : null;
    },
  },
];

/**
 * The meaning of one answer from `zone`. Zones not in the table (configured
 * through DNSBL_ZONES): any 127.0.0.0/8 answer is a listing with its code.
 */
export function interpretDnsblAnswer(zone: string, address: string): DnsblAnswer {
  const z = zone.toLowerCase().replace(/\.$/, '');
  // 127.255.255.0/24 is the blocklists' error range, whatever the zone: a refusal, never a listing.
  if (/^127\.255\.255\.\d{1,3}$/.test(address)) {
    return SPAMHAUS_DBL[address] ?? { kind: 'error', meaning: `query refused or failed (${address})` };
  }
  // Spamhaus Data Query Service: `<key>.dbl.dq.spamhaus.net` answers with the DBL's codes.
  if (/(?:^|\.)dbl\.dq\.spamhaus\.net$/.test(z)) {
    return SPAMHAUS_DBL[address] ?? { kind: 'listed', meaning: `listed (${address})` };
  }
  const known = DNSBL_ZONE_CODES.find((entry) => entry.zone === z);
  if (known) return known.interpret(address) ?? { kind: 'listed', meaning: `listed (${address})` };
  if (address.startsWith('127.')) return { kind: 'listed', meaning: `listed (${address})` };
  return { kind: 'error', meaning: `unexpected answer ${address}` };
}
