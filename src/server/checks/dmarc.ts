import { getDomain } from 'tldts';
import type { DmarcFacts } from '../../core/facts';
import type { DnsResolver } from '../net/resolver';

/**
 * DMARC (RFC 7489 §6.6.3): the record at `_dmarc.<domain>`, else at the
 * organisational domain (public suffix list, via tldts); its tags; and for
 * report addresses outside the organisational domain the authorisation
 * record `<domain>._report._dmarc.<destination>` (§7.1).
 *
 * Written here: mailauth evaluates DMARC for a message; the report needs the
 * record's parts and the external-destination check, a tag-list parse of a
 * few lines.
 */
export function isDmarcRecord(txt: string): boolean {
  return /^v\s*=\s*DMARC1\s*(?:;|$)/i.test(txt.trim());
}

/** Tag=value pairs (RFC 7489 §6.4), names lower-cased, values trimmed. */
export function parseTags(record: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const part of record.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    const name = part.slice(0, eq).trim().toLowerCase();
    if (name !== '' && !tags.has(name)) tags.set(name, part.slice(eq + 1).trim());
  }
  return tags;
}

export function organisationalDomain(domain: string): string {
  return getDomain(domain, { allowPrivateDomains: false }) ?? domain;
}

const EMPTY: Omit<DmarcFacts, 'error'> = { record: null, foundAt: null, policy: null };

export async function checkDmarc(resolver: DnsResolver, domain: string): Promise<DmarcFacts> {
  const org = organisationalDomain(domain);
  const candidates = org !== domain ? [domain, org] : [domain];
  for (const at of candidates) {
    const answer = await resolver.txt(`_dmarc.${at}`);
    if (!answer.ok && answer.kind === 'error') return { ...EMPTY, error: answer.error };
    const records = answer.ok ? answer.records.filter(isDmarcRecord) : [];
    const record = records[0];
    if (record === undefined) continue;
    const tags = parseTags(record);
    const num = tags.get('pct');
    const rua = uris(tags.get('rua'));
    const ruf = uris(tags.get('ruf'));
    return {
      record,
      records,
      foundAt: at,
      policy: tags.get('p')?.toLowerCase() ?? null,
      // At the organisational domain, `sp` governs subdomains (falling back to `p`).
      subdomainPolicy: tags.get('sp')?.toLowerCase() ?? null,
      pct: num !== undefined && /^\d{1,3}$/.test(num) ? Number(num) : null,
      adkim: tags.get('adkim')?.toLowerCase() ?? 'r',
      aspf: tags.get('aspf')?.toLowerCase() ?? 'r',
      rua,
      ruf,
      externalReports: await externalReports(resolver, at, [...rua, ...ruf]),
      error: null,
    };
  }
  return { ...EMPTY, error: null };
}

function uris(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

async function externalReports(
  resolver: DnsResolver,
  domain: string,
  list: string[],
): Promise<Array<{ uri: string; domain: string; authorized: boolean | null }>> {
  const org = organisationalDomain(domain);
  const external = new Map<string, string>();
  for (const uri of list) {
    const m = /^mailto:[^@]+@([^!?\s]+)/i.exec(uri);
    const dest = m?.[1]?.toLowerCase();
    if (dest && organisationalDomain(dest) !== org) external.set(uri, dest);
  }
  return Promise.all(
    [...external].map(async ([uri, dest]) => {
      const answer = await resolver.txt(`${domain}._report._dmarc.${dest}`);
      const authorized = answer.ok
        ? answer.records.some(isDmarcRecord)
        : answer.kind === 'error'
          ? null
          : false;
      return { uri, domain: dest, authorized };
    }),
  );
}
