import { getDomain } from 'tldts';
import type { BlocklistFacts } from '../../core/facts';
import { interpretDnsblAnswer } from '../../core/data/dnsbl-return-codes';
import type { DnsResolver } from '../net/resolver';

/**
 * Domain blocklists (DNSBL_ZONES): the registrable domain of `host` is
 * queried as `<domain>.<zone>` (A). NXDOMAIN or no record = `clean`; a
 * listing code = `listed` with its meaning; refusals, rate limits, public-
 * resolver answers and failed look-ups = `unknown`, never `clean`.
 */
export function blocklistName(host: string): string {
  return getDomain(host, { allowPrivateDomains: false }) ?? host;
}

export async function checkBlocklists(
  resolver: DnsResolver,
  host: string,
  zones: readonly string[],
): Promise<BlocklistFacts[]> {
  const name = blocklistName(host);
  return Promise.all(zones.map((zone) => checkZone(resolver, name, zone)));
}

async function checkZone(resolver: DnsResolver, name: string, zone: string): Promise<BlocklistFacts> {
  const answer = await resolver.a(`${name}.${zone}`);
  if (!answer.ok) {
    return answer.kind === 'error'
      ? { zone, status: 'unknown', codes: [], meaning: answer.error.message }
      : { zone, status: 'clean', codes: [], meaning: null };
  }
  const codes = [...answer.records].sort();
  const meanings = codes.map((a) => interpretDnsblAnswer(zone, a));
  const listed = meanings.filter((m) => m.kind === 'listed');
  if (listed.length > 0)
    return { zone, status: 'listed', codes, meaning: listed.map((m) => m.meaning).join('; ') };
  return { zone, status: 'unknown', codes, meaning: meanings.map((m) => m.meaning).join('; ') };
}
