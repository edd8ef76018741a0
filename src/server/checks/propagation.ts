import type { PropagationAnswer, PropagationFacts, PropagationRecordFacts } from '../../core/facts';
import type { ServiceDeps } from '../config';
import { formatServerAddress, parseServerAddress, queryDirect, type DirectType } from '../net/dns-direct';

/**
 * The propagation check: the same records asked of each resolver of
 * DNS_PROPAGATION_SERVERS, with each answer's TTL, so a DNS change that has
 * reached some resolvers and not others shows (the `dns-propagation` rule
 * judges it). Null when no propagation resolvers are configured.
 */
export interface PropagationTarget {
  record: PropagationRecordFacts['record'];
  name: string;
}

const QUERY_TYPE: Record<PropagationRecordFacts['record'], DirectType> = {
  CNAME: 'CNAME',
  A: 'A',
  SPF: 'TXT',
  DMARC: 'TXT',
};

/** Keeps the TXT strings that make the record: `v=spf1` for SPF, `v=DMARC1` for DMARC (other TXT records at the name do not count). */
function keep(record: PropagationRecordFacts['record'], value: string): boolean {
  if (record === 'SPF') return /^v=spf1(\s|$)/i.test(value.trim());
  if (record === 'DMARC') return /^v=dmarc1\s*(;|$)/i.test(value.trim());
  return true;
}

export function trackingDomainTargets(host: string): PropagationTarget[] {
  return [
    { record: 'CNAME', name: host },
    { record: 'A', name: host },
  ];
}

export function senderTargets(domain: string): PropagationTarget[] {
  return [
    { record: 'SPF', name: domain },
    { record: 'DMARC', name: `_dmarc.${domain}` },
  ];
}

export async function checkPropagation(
  deps: ServiceDeps,
  targets: readonly PropagationTarget[],
): Promise<PropagationFacts | null> {
  const servers = deps.config.propagationServers
    .map(parseServerAddress)
    .filter((s): s is NonNullable<typeof s> => s !== null);
  if (servers.length === 0) return null;
  const checkedAt = new Date().toISOString();
  const records = await Promise.all(
    targets.map(async (target): Promise<PropagationRecordFacts> => {
      const answers = await Promise.all(
        servers.map(async (server): Promise<PropagationAnswer> => {
          const where = formatServerAddress(server);
          const answer = await queryDirect(
            server,
            target.name,
            QUERY_TYPE[target.record],
            deps.config.dnsTimeoutMs,
          );
          if (answer.status === 'error') {
            return { server: where, status: 'error', values: [], ttl: null, error: answer.error };
          }
          if (answer.status === 'none') return { server: where, status: 'none', values: [], ttl: answer.ttl };
          const values = answer.values.filter((v) => keep(target.record, v)).sort();
          // A TXT answer without the record's own string is "no SPF/DMARC record" there.
          if (values.length === 0) return { server: where, status: 'none', values: [], ttl: answer.ttl };
          return { server: where, status: 'found', values, ttl: answer.ttl };
        }),
      );
      return { record: target.record, name: target.name, answers };
    }),
  );
  return { checkedAt, servers: servers.map(formatServerAddress), records };
}
