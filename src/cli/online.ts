import { expectedCnameTargets } from '../core/esp/catalogue';
import type { Facts, LinkCheckFacts, SenderFacts, TrackingDomainFacts } from '../core/facts';
import { doNotRequest } from '../core/online/do-not-request';
import type { Report } from '../core/types';
import { loadConfig, type ServiceDeps } from '../server/config';
import { createResolver } from '../server/net/resolver';

/** The look-up service's checks, called in-process (the same modules its routes use). */
export interface OnlineChecks {
  checkSender(deps: ServiceDeps, domain: string, selectors: string[]): Promise<SenderFacts>;
  checkTrackingDomain(deps: ServiceDeps, host: string, expect?: string | null): Promise<TrackingDomainFacts>;
  checkLinks(
    deps: ServiceDeps,
    urls: string[],
    options: { skip?: string[]; signal?: AbortSignal },
    onResult: (r: LinkCheckFacts) => void,
  ): Promise<void>;
}

export interface OnlineOptions {
  dnsServers: readonly string[];
  propagationServers?: readonly string[];
  allowHosts: readonly string[];
}

export type FactsResult = { ok: true; facts: Facts; deps: ServiceDeps } | { ok: false; message: string };

/** The service's configuration for a CLI run: its environment variables, with --dns-server and --allow-host on top. */
export function cliDeps(
  options: OnlineOptions,
  env: Record<string, string | undefined>,
): { ok: true; deps: ServiceDeps } | { ok: false; message: string } {
  const loaded = loadConfig({
    ...env,
    ...(options.dnsServers.length > 0 ? { DNS_SERVERS: options.dnsServers.join(',') } : {}),
    ...(options.allowHosts.length > 0 ? { ALLOW_HOSTS: options.allowHosts.join(',') } : {}),
    ...(options.propagationServers && options.propagationServers.length > 0
      ? { DNS_PROPAGATION_SERVERS: options.propagationServers.join(',') }
      : {}),
  });
  if (!loaded.ok) return loaded;
  const { config } = loaded;
  try {
    const resolver = createResolver({ servers: config.dnsServers, timeoutMs: config.dnsTimeoutMs });
    return { ok: true, deps: { config, resolver } };
  } catch (e) {
    // node's Resolver refuses server addresses it cannot parse (from DNS_SERVERS in the environment).
    return { ok: false, message: `Bad DNS server list: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** The sender domains to check: the From domain and each DKIM d= domain, with the s= selectors signed for it. */
export function senderTargets(sender: Report['sender']): Array<{ domain: string; selectors: string[] }> {
  if (!sender) return [];
  const targets = new Map<string, Set<string>>();
  const add = (domain: string | null, selector?: string): void => {
    if (!domain) return;
    const key = domain.toLowerCase();
    const set = targets.get(key) ?? new Set<string>();
    if (selector) set.add(selector);
    targets.set(key, set);
  };
  add(sender.domain);
  for (const sig of sender.dkim) add(sig.domain, sig.selector);
  return [...targets].map(([domain, selectors]) => ({ domain, selectors: [...selectors] }));
}

/** The distinct web link URLs of a report, in document order. */
export function linkTargets(report: Report): string[] {
  const urls = new Set<string>();
  for (const link of report.links) if (link.kind === 'web' && link.url !== null) urls.add(link.url);
  return [...urls];
}

/**
 * Runs the online checks for one report: sender domains, tracking domains
 * and every distinct web link. The link checker refuses the system links it
 * can tell by URL; those only the email can tell (an opaque tracked link
 * reading "Unsubscribe", the List-Unsubscribe URLs) go in its skip list. The facts go back into analyze() to be judged.
 */
export async function collectFacts(report: Report, checks: OnlineChecks, deps: ServiceDeps): Promise<Facts> {
  const links: Record<string, LinkCheckFacts> = {};
  // The platform's branded-domain CNAME target (as the web app asks), so a CNAME pointing elsewhere is found.
  const expect = report.esp !== null ? (expectedCnameTargets(report.esp)[0] ?? null) : null;
  const [sender, trackingDomains] = await Promise.all([
    Promise.all(senderTargets(report.sender).map((t) => checks.checkSender(deps, t.domain, t.selectors))),
    Promise.all(report.trackingDomains.map((host) => checks.checkTrackingDomain(deps, host, expect))),
    checks.checkLinks(deps, linkTargets(report), { skip: doNotRequest(report) }, (r) => {
      links[r.url] = r;
    }),
  ]);
  return { links, sender, trackingDomains };
}
