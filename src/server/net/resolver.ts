import { Resolver } from 'node:dns/promises';
import type { FactError } from '../../core/facts';

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
}

export function parseServers(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function createResolver(options: ResolverOptions = {}): DnsResolver {
  const resolver = new Resolver({ timeout: options.timeoutMs ?? 2500, tries: options.tries ?? 2 });
  if (options.servers && options.servers.length > 0) resolver.setServers([...options.servers]);

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

  return {
    a: (name) => run(name, () => resolver.resolve4(name)),
    aaaa: (name) => run(name, () => resolver.resolve6(name)),
    cname: (name) => run(name, () => resolver.resolveCname(name)),
    txt: (name) => run(name, async () => (await resolver.resolveTxt(name)).map((chunks) => chunks.join(''))),
    mx: (name) => run(name, () => resolver.resolveMx(name)),
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
