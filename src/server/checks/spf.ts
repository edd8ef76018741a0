/**
 * SPF (RFC 7208) without a sending IP: the record(s) at the domain and a walk
 * of the whole include/redirect tree counting the terms that cost DNS
 * look-ups (include, a, mx, ptr, exists, redirect: at most 10, §4.6.4) and
 * the void look-ups (at most 2), finding loops and the final `all`.
 *
 * Written here rather than taken from a library: mailauth (the maintained
 * Node SPF implementation) evaluates a record *for a client IP* and stops at
 * the first match, so it cannot count the look-ups of the whole tree; this
 * walk is the static analysis the report needs. Parsing is the small part.
 */

import type { FactError, SpfFacts } from '../../core/facts';
import type { DnsResolver } from '../net/resolver';

/** The walk stops querying past this many DNS queries (the domain's record is over the limit long before). */
const QUERY_BUDGET = 40;
const MAX_DEPTH = 10;
/** Past this, the walk stops asking (a slow name server must not hold the answer for depth × timeout). */
const SPF_WALK_DEADLINE_MS = 8000;

export interface SpfTerm {
  qualifier: '+' | '-' | '~' | '?';
  /** Mechanism or modifier name, lower case: `include`, `a`, `ip4`, `redirect`, `exp` … */
  name: string;
  /** The argument after `:` or `=`, or null. */
  value: string | null;
  modifier: boolean;
}

export interface SpfNode {
  domain: string;
  record: string | null;
  /** Look-up terms in this record alone. */
  lookups: number;
  all: string | null;
  children: Array<{ term: string; node: SpfNode }>;
  error?: FactError | null;
  /** `loop`, `no-record`, `multiple-records`, `depth`, `budget`, `deadline`, `error`. */
  note?: string;
}

const LOOKUP_TERMS = new Set(['include', 'a', 'mx', 'ptr', 'exists', 'redirect']);

export function isSpfRecord(txt: string): boolean {
  return /^v=spf1(?:\s|$)/i.test(txt.trim());
}

export function parseSpf(record: string): SpfTerm[] {
  const out: SpfTerm[] = [];
  for (const raw of record.trim().split(/\s+/).slice(1)) {
    if (raw === '') continue;
    const modifier = /^[a-z][a-z0-9_.-]*=/i.exec(raw);
    if (modifier) {
      const eq = raw.indexOf('=');
      out.push({
        qualifier: '+',
        name: raw.slice(0, eq).toLowerCase(),
        value: raw.slice(eq + 1),
        modifier: true,
      });
      continue;
    }
    const q = /^[+\-~?]/.test(raw) ? (raw[0] as SpfTerm['qualifier']) : '+';
    const body = /^[+\-~?]/.test(raw) ? raw.slice(1) : raw;
    const sep = body.search(/[:/]/);
    const name = (sep === -1 ? body : body.slice(0, sep)).toLowerCase();
    const value = sep === -1 ? null : body[sep] === ':' ? body.slice(sep + 1) : body.slice(sep);
    out.push({ qualifier: q, name, value, modifier: false });
  }
  return out;
}

interface Walk {
  deadline: number;
  queries: number;
  voids: number;
  loops: string[];
  errors: FactError[];
}

export async function checkSpf(
  resolver: DnsResolver,
  domain: string,
  deadlineMs: number = SPF_WALK_DEADLINE_MS,
): Promise<SpfFacts> {
  const deadline = Date.now() + deadlineMs;
  const answer = await resolver.txt(domain);
  if (!answer.ok && answer.kind === 'error') {
    return { records: [], record: null, lookups: 0, voidLookups: 0, all: null, error: answer.error };
  }
  const records = answer.ok ? answer.records.filter(isSpfRecord) : [];
  const record = records[0] ?? null;
  if (record === null) return { records, record: null, lookups: 0, voidLookups: 0, all: null, error: null };

  const walk: Walk = { deadline, queries: 1, voids: 0, loops: [], errors: [] };
  const tree = await walkRecord(resolver, domain, record, [domain], walk, 0);
  return {
    records,
    record,
    lookups: countLookups(tree),
    voidLookups: walk.voids,
    all: tree.all,
    tree,
    loops: walk.loops,
    nestedErrors: walk.errors,
    error: null,
  };
}

function countLookups(node: SpfNode): number {
  return node.lookups + node.children.reduce((n, c) => n + countLookups(c.node), 0);
}

async function walkRecord(
  resolver: DnsResolver,
  domain: string,
  record: string,
  path: string[],
  walk: Walk,
  depth: number,
): Promise<SpfNode> {
  const terms = parseSpf(record);
  const node: SpfNode = { domain, record, lookups: 0, all: null, children: [] };
  const allTerm = terms.find((t) => !t.modifier && t.name === 'all');
  node.all = allTerm ? allTerm.qualifier : null;
  const pending: Array<Promise<void>> = [];
  const slots: Array<{ term: string; node: SpfNode } | undefined> = [];
  for (const t of terms) {
    if (!LOOKUP_TERMS.has(t.name) || (t.modifier && t.name !== 'redirect')) continue;
    // `redirect` is ignored when the record has an `all` (RFC 7208 §6.1).
    if (t.name === 'redirect' && allTerm) continue;
    node.lookups += 1;
    const target = (t.value ?? domain).split('/')[0]?.toLowerCase() ?? domain;
    const label = t.modifier
      ? `redirect=${t.value ?? ''}`
      : `${t.qualifier === '+' ? '' : t.qualifier}${t.name}${t.value !== null ? ':' + t.value : ''}`;
    if (target.includes('%')) continue; // macros depend on the sender; counted, not resolved
    if (t.name === 'include' || t.name === 'redirect') {
      const slot = slots.length;
      slots.push(undefined);
      pending.push(
        child(resolver, target, path, walk, depth).then((n) => {
          slots[slot] = { term: label, node: n };
          if (t.name === 'redirect') node.all = n.all;
        }),
      );
    } else if (t.name === 'a' || t.name === 'mx') {
      pending.push(countVoid(resolver, target, t.name, walk));
    }
  }
  await Promise.all(pending);
  // In record order, whatever order the answers came in.
  node.children = slots.filter((s) => s !== undefined);
  return node;
}

async function child(
  resolver: DnsResolver,
  target: string,
  path: string[],
  walk: Walk,
  depth: number,
): Promise<SpfNode> {
  const empty = (note: string, error: FactError | null = null): SpfNode => ({
    domain: target,
    record: null,
    lookups: 0,
    all: null,
    children: [],
    error,
    note,
  });
  if (path.includes(target)) {
    walk.loops.push([...path, target].join(' → '));
    return empty('loop');
  }
  if (depth >= MAX_DEPTH) return empty('depth');
  if (walk.queries >= QUERY_BUDGET) return empty('budget');
  if (Date.now() > walk.deadline) {
    const error = {
      code: 'deadline',
      message: `SPF evaluation stopped before ${target}: the look-ups took too long`,
    };
    walk.errors.push(error);
    return empty('deadline', error);
  }
  walk.queries += 1;
  const answer = await resolver.txt(target);
  if (!answer.ok && answer.kind === 'error') {
    walk.errors.push(answer.error);
    return empty('error', answer.error);
  }
  const records = answer.ok ? answer.records.filter(isSpfRecord) : [];
  if (records.length === 0) {
    walk.voids += 1;
    return empty('no-record');
  }
  if (records.length > 1) return { ...empty('multiple-records'), record: records[0] ?? null };
  return walkRecord(resolver, target, records[0] ?? '', [...path, target], walk, depth + 1);
}

async function countVoid(resolver: DnsResolver, target: string, kind: 'a' | 'mx', walk: Walk): Promise<void> {
  if (walk.queries >= QUERY_BUDGET || Date.now() > walk.deadline) return;
  walk.queries += 1;
  const answer = kind === 'a' ? await resolver.a(target) : await resolver.mx(target);
  if (answer.ok || answer.kind === 'error') return;
  if (kind === 'a' && (await resolver.aaaa(target)).ok) return;
  walk.voids += 1;
}
