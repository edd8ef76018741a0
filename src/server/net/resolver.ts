import { Resolver } from 'node:dns/promises';
import type { FactError } from '../../core/facts';
import { parseServerAddress, queryDirect, type DirectAnswer, type ServerAddress } from './dns-direct';

/**
 * One DNS resolver for the whole service. Servers come from DNS_SERVERS
 * (`host:port`, comma-separated) or the system's. Every look-up returns a
 * value: the records, `nodata`/`nxdomain` (the name or record does not exist),
 * or an error (SERVFAIL, timeout, refused) — "no record" and "the look-up
 * failed" stay different.
 */
export type DnsAnswer<T> =
  | { ok: true; records: T[] }
  | { ok: false; kind: 'nodata' | 'nxdomain'; error: null }
  | { ok: false; kind: 'error'; error: FactError };

export interface DnsResolver {
  a(name: string): Promise<DnsAnswer<string>>;
  aaaa(name: string): Promise<DnsAnswer<string>>;
  cname(name: string): Promise<DnsAnswer<string>>;
  txt(name: string): Promise<DnsAnswer<string>>;
  mx(name: string): Promise<DnsAnswer<{ exchange: string; priority: number }>>;
}

export interface ResolverOptions {
  /** `host:port` or `host` entries; the system's servers when empty. */
  servers?: readonly string[];
  /** Per-query timeout in ms. */
  timeoutMs?: number;
  tries?: number;
  /**
   * Keep answers this many seconds at most (DNS_CACHE_MAX_SECONDS; 0 = no
   * cache). Every answer is kept for its own TTL, up to this: A and AAAA
   * through node:dns (`{ ttl: true }`); CNAME, TXT and MX are asked with
   * dns-packet straight to the same servers, since node:dns does not give
   * their TTLs. "No such record" is kept for the SOA's negative TTL when the
   * server gives one (RFC 2308), at most `negativeSeconds`; failures
   * (SERVFAIL, timeouts) are never kept.
   */
  cacheMaxSeconds?: number;
  negativeSeconds?: number;
  /** Most answers kept (the oldest go first). */
  cacheEntries?: number;
  /** Milliseconds clock, for tests. */
  now?: () => number;
}

export function createResolver(options: ResolverOptions = {}): DnsResolver {
  const timeoutMs = options.timeoutMs ?? 2500;
  const tries = options.tries ?? 2;
  const resolver = new Resolver({ timeout: timeoutMs, tries });
  if (options.servers && options.servers.length > 0) resolver.setServers([...options.servers]);
  /** The servers dns-packet asks (CNAME, TXT, MX): the resolver's own, set once above. */
  const servers = resolver
    .getServers()
    .map((s) => parseServerAddress(s))
    .filter((s): s is ServerAddress => s !== null);

  const cacheMax = Math.max(0, options.cacheMaxSeconds ?? 0);
  const negative = Math.min(cacheMax, options.negativeSeconds ?? 30);
  const maxEntries = options.cacheEntries ?? 5000;
  const now = options.now ?? (() => Date.now());
  /** Answers by `type name`, with when they expire; a question in flight is shared by those who ask it meanwhile. */
  const cache = new Map<string, { expires: number; answer: Promise<DnsAnswer<unknown>> }>();

  const cached = <T>(
    type: string,
    name: string,
    ask: () => Promise<{ answer: DnsAnswer<T>; ttl: number | null }>,
  ): Promise<DnsAnswer<T>> => {
    if (cacheMax === 0) return ask().then((r) => r.answer);
    const key = `${type} ${name.toLowerCase()}`;
    const t = now();
    const hit = cache.get(key);
    if (hit && hit.expires > t) return hit.answer as Promise<DnsAnswer<T>>;
    if (hit) cache.delete(key);
    const entry = { expires: Infinity, answer: Promise.resolve(null as unknown as DnsAnswer<unknown>) };
    const answer = ask().then(({ answer: a, ttl }) => {
      const seconds = a.ok
        ? Math.min(cacheMax, ttl ?? 0)
        : a.kind === 'error'
          ? 0
          : Math.min(negative, ttl ?? negative);
      if (seconds <= 0) cache.delete(key);
      else entry.expires = now() + seconds * 1000;
      return a;
    });
    entry.answer = answer as Promise<DnsAnswer<unknown>>;
    cache.set(key, entry);
    while (cache.size > maxEntries) {
      const oldest = cache.keys().next().value;
      if (oldest === undefined) break;
      cache.delete(oldest);
    }
    return answer;
  };

  const run = async <T>(name: string, query: () => Promise<T[]>): Promise<DnsAnswer<T>> => {
    try {
      const records = await query();
      return records.length > 0 ? { ok: true, records } : { ok: false, kind: 'nodata', error: null };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
      if (code === 'ENODATA') return { ok: false, kind: 'nodata', error: null };
      if (code === 'ENOTFOUND') return { ok: false, kind: 'nxdomain', error: null };
      return { ok: false, kind: 'error', error: dnsError(code, name) };
    }
  };

  /** A or AAAA with the answer's lowest TTL. */
  const address = (name: string, query: () => Promise<Array<{ address: string; ttl: number }>>) => {
    let ttl: number | null = null;
    return run(name, async () => {
      const records = await query();
      ttl = records.length > 0 ? Math.min(...records.map((r) => r.ttl)) : null;
      return records.map((r) => r.address);
    }).then((answer) => ({ answer, ttl }));
  };
  /**
   * CNAME, TXT or MX asked with dns-packet to the resolver's servers (the
   * configured ones, or the system's), in order, `tries` rounds (node's
   * Resolver refuses fewer than one); the first server that answers (records
   * or "no such record") gives the answer and its TTL.
   */
  const direct = async <T>(
    name: string,
    type: 'CNAME' | 'TXT' | 'MX',
    read: (value: string) => T,
  ): Promise<{ answer: DnsAnswer<T>; ttl: number | null }> => {
    let last: DirectAnswer | null = null;
    for (let round = 0; round < tries && servers.length > 0; round++) {
      for (const server of servers) {
        last = await queryDirect(server, name, type, timeoutMs);
        if (last.status !== 'error') break;
      }
      if (last !== null && last.status !== 'error') break;
    }
    if (last === null) {
      return {
        answer: { ok: false, kind: 'error', error: dnsError('ECONNREFUSED', name) },
        ttl: null,
      };
    }
    switch (last.status) {
      case 'found':
        return { answer: { ok: true, records: last.values.map(read) }, ttl: last.ttl };
      case 'none':
        return { answer: { ok: false, kind: last.kind, error: null }, ttl: last.ttl };
      case 'error':
        return { answer: { ok: false, kind: 'error', error: last.error }, ttl: null };
    }
  };

  return {
    a: (name) => cached('A', name, () => address(name, () => resolver.resolve4(name, { ttl: true }))),
    aaaa: (name) => cached('AAAA', name, () => address(name, () => resolver.resolve6(name, { ttl: true }))),
    cname: (name) => cached('CNAME', name, () => direct(name, 'CNAME', (v) => v)),
    txt: (name) => cached('TXT', name, () => direct(name, 'TXT', (v) => v)),
    mx: (name) =>
      cached('MX', name, () =>
        direct(name, 'MX', (v) => {
          const space = v.indexOf(' ');
          return { priority: Number(v.slice(0, space)), exchange: v.slice(space + 1) };
        }),
      ),
  };
}

function dnsError(code: string, name: string): FactError {
  switch (code) {
    case 'ESERVFAIL':
      return { code: 'dns-servfail', message: `The DNS server failed to answer for ${name} (SERVFAIL)` };
    case 'ETIMEOUT':
      return { code: 'dns-timeout', message: `The DNS query for ${name} timed out` };
    case 'EREFUSED':
      return { code: 'dns-refused', message: `The DNS server refused the query for ${name}` };
    case 'ECONNREFUSED':
      return { code: 'dns-unreachable', message: `The DNS server could not be reached for ${name}` };
    default:
      return { code: 'dns-error', message: `The DNS query for ${name} failed (${code})` };
  }
}
