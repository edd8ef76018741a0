import type { PropagationAnswer, PropagationFacts, PropagationRecordFacts } from '../facts';

/**
 * Compares what several resolvers answered for one record (the
 * `dns-propagation` rule's judgement). Resolvers that gave no usable answer
 * are named but do not count as disagreeing. For an A record only "found" vs
 * "no record" counts: different addresses are normal for hosts behind a CDN.
 */
export interface PropagationGroup {
  status: 'found' | 'none';
  values: string[];
  servers: string[];
  /** The longest TTL among the group's answers (seconds), null when none said. */
  ttl: number | null;
}

export interface PropagationDisagreement {
  record: PropagationRecordFacts['record'];
  name: string;
  groups: PropagationGroup[];
  /** Resolvers that answered (found or none). */
  answered: number;
  found: number;
  failed: string[];
  /** When every resolver should have asked again (the longest TTL among the answers), seconds after the check; null when unknown. */
  catchUpSeconds: number | null;
  /** `checkedAt` + catchUpSeconds, ISO 8601, when both are known. */
  catchUpBy: string | null;
}

const RECORD_WORDS: Record<PropagationRecordFacts['record'], string> = {
  CNAME: 'CNAME',
  A: 'address (A record)',
  SPF: 'SPF record',
  DMARC: 'DMARC record',
};

function groupKey(record: PropagationRecordFacts['record'], answer: PropagationAnswer): string {
  if (answer.status !== 'found') return 'none';
  return record === 'A' ? 'found' : `found:${[...answer.values].sort().join('\n').toLowerCase()}`;
}

export function comparePropagation(
  record: PropagationRecordFacts,
  checkedAt: string,
): PropagationDisagreement | null {
  const groups = new Map<string, PropagationGroup>();
  const failed: string[] = [];
  let longest: number | null = null;
  for (const answer of record.answers) {
    if (answer.status === 'error') {
      failed.push(answer.server);
      continue;
    }
    const key = groupKey(record.record, answer);
    const group = groups.get(key) ?? { status: answer.status, values: answer.values, servers: [], ttl: null };
    group.servers.push(answer.server);
    if (answer.ttl !== null) {
      group.ttl = Math.max(group.ttl ?? 0, answer.ttl);
      longest = Math.max(longest ?? 0, answer.ttl);
    }
    groups.set(key, group);
  }
  if (groups.size < 2) return null;
  const list = [...groups.values()].sort(
    (a, b) => b.servers.length - a.servers.length || (a.status === 'found' ? -1 : 1),
  );
  const answered = list.reduce((n, g) => n + g.servers.length, 0);
  const found = list.filter((g) => g.status === 'found').reduce((n, g) => n + g.servers.length, 0);
  const at = Date.parse(checkedAt);
  return {
    record: record.record,
    name: record.name,
    groups: list,
    answered,
    found,
    failed,
    catchUpSeconds: longest,
    catchUpBy: longest !== null && Number.isFinite(at) ? new Date(at + longest * 1000).toISOString() : null,
  };
}

export function propagationDisagreements(
  facts: PropagationFacts | null | undefined,
): PropagationDisagreement[] {
  if (!facts) return [];
  return facts.records
    .map((r) => comparePropagation(r, facts.checkedAt))
    .filter((d): d is PropagationDisagreement => d !== null);
}

/** "5 min", "1 h 30 min", "2 days". */
function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours < 48) return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
  return `${Math.round(hours / 24)} days`;
}

function ttlText(ttl: number | null): string {
  return ttl === null ? 'TTL unknown' : `TTL ${ttl} s`;
}

/** The developer-facing sentence: "CNAME of click.shop.example.com found on 2 of 4 resolvers …". */
export function describeDisagreement(d: PropagationDisagreement): string {
  const what = RECORD_WORDS[d.record];
  const parts = d.groups.map((g) => {
    const servers = g.servers.join(', ');
    if (g.status === 'none') return `no record on ${servers} (${ttlText(g.ttl)})`;
    const value = d.record === 'A' ? '' : ` → ${g.values.join(' | ')}`;
    return `${servers}${value} (${ttlText(g.ttl)})`;
  });
  const valuesDiffer = d.groups.filter((g) => g.status === 'found').length > 1;
  const head = valuesDiffer
    ? `${what} of ${d.name} differs between ${d.answered} resolvers`
    : `${what} of ${d.name} found on ${d.found} of ${d.answered} resolvers`;
  const failed =
    d.failed.length > 0 ? ` ${d.failed.length} more did not answer (${d.failed.join(', ')}).` : '';
  const catchUp =
    d.catchUpSeconds === null
      ? ' How long the old answer stays cached is unknown.'
      : ` The slowest should catch up within ${formatDuration(d.catchUpSeconds)}${
          d.catchUpBy !== null ? ` (by ${d.catchUpBy.slice(0, 16).replace('T', ' ')} UTC)` : ''
        }, when its cached answer expires.`;
  return `${head}: ${parts.join('; ')}.${failed}${catchUp}`;
}
