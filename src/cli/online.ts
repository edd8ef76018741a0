import type { Facts, LinkCheckFacts, SenderFacts, TrackingDomainFacts } from '../core/facts';
import type { OnlinePlan } from '../core/online/plan-online';
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

/**
 * Runs the online checks a plan names (see planOnline): sender domains,
 * tracking hosts and every distinct link URL, with the plan's skip list. The
 * facts go to withFacts() to be judged; the email is not analysed again.
 */
export async function collectFacts(
  plan: OnlinePlan,
  checks: OnlineChecks,
  deps: ServiceDeps,
): Promise<Facts> {
  const links: Record<string, LinkCheckFacts> = {};
  const [sender, trackingDomains] = await Promise.all([
    Promise.all(plan.senders.map((t) => checks.checkSender(deps, t.domain, t.selectors))),
    Promise.all(plan.trackingHosts.map((t) => checks.checkTrackingDomain(deps, t.host, t.expect))),
    checks.checkLinks(
      deps,
      plan.links.map((l) => l.url),
      { skip: plan.skip },
      (r) => {
        links[r.url] = r;
      },
    ),
  ]);
  return { links, sender, trackingDomains };
}
