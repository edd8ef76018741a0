import type { FactError, TrackingDomainFacts } from '../../core/facts';
import { findPlatformByCname } from '../../core/esp/catalogue';
import { judge } from '../../core/online/judge';
import type { ServiceDeps } from '../config';
import { createAddressPolicy } from '../net/address-policy';
import { probeTls } from '../net/tls-probe';
import { portAllowed } from '../net/target-url';
import { checkBlocklists } from './dnsbl';
import { checkPropagation, trackingDomainTargets } from './propagation';

/**
 * Everything about a click-tracking domain (docs/contracts/api.md `GET /api/tracking-domain`):
 * the CNAME chain and addresses, the platform the chain points at, the
 * certificate served for it over TLS (on the resolved address, with SNI, only
 * when the address policy allows it), and domain blocklists; judged by the
 * core's online rules. `host` may carry a port (`click.example.com:8443`).
 * The CLI's `--online` calls this directly.
 */
const MAX_CHAIN = 10;

export async function checkTrackingDomain(
  deps: ServiceDeps,
  host: string,
  expect?: string | null,
): Promise<TrackingDomainFacts> {
  const { name, port } = splitPort(host);
  const { resolver, config } = deps;

  const [chain, a, aaaa, blocklists, propagation] = await Promise.all([
    cnameChain(deps, name),
    resolver.a(name),
    resolver.aaaa(name),
    checkBlocklists(resolver, name, config.dnsblZones),
    checkPropagation(deps, trackingDomainTargets(name)),
  ]);
  const addresses = [...(a.ok ? a.records : []), ...(aaaa.ok ? aaaa.records : [])];
  const error: FactError | null = chain.error ?? (!a.ok && a.kind === 'error' ? a.error : null);

  let tls: TrackingDomainFacts['tls'] = null;
  let tlsError: FactError | null = null;
  const address = addresses[0];
  if (address !== undefined) {
    const verdict = createAddressPolicy(config.allowHosts).checkAddress(address, name);
    if (!portAllowed(name, port, config.allowedPorts, config.allowHosts)) {
      tlsError = {
        code: 'blocked-target',
        message: `Not connecting to ${name}:${port}: port ${port} is not among the allowed ports (${config.allowedPorts.join(', ')})`,
      };
    } else if (!verdict.ok) {
      tlsError = { code: 'blocked-target', message: `Not connecting to ${name}: ${verdict.reason}` };
    } else {
      const probe = await probeTls({
        host: name,
        port,
        address,
        timeoutMs: config.tlsTimeoutMs,
        extraCa: deps.extraCa ?? [],
      });
      if (probe.ok) tls = probe.tls;
      else tlsError = probe.error;
    }
  }

  const facts: TrackingDomainFacts = {
    host: name,
    port,
    cname: chain.names,
    addresses,
    esp: findPlatformByCname([name, ...chain.names]),
    expect: expect ?? null,
    tls,
    tlsError,
    blocklists,
    error,
    ...(propagation ? { propagation } : {}),
  };
  return { ...facts, findings: judge('tracking-domain', facts) };
}

function splitPort(host: string): { name: string; port: number } {
  const m = /^(.*):(\d{1,5})$/.exec(host);
  const name = (m?.[1] ?? host).toLowerCase().replace(/\.$/, '');
  const port = m?.[2] !== undefined ? Number(m[2]) : 443;
  return { name, port };
}

async function cnameChain(
  deps: ServiceDeps,
  host: string,
): Promise<{ names: string[]; error: FactError | null }> {
  const names: string[] = [];
  let name = host;
  for (let i = 0; i < MAX_CHAIN; i++) {
    const answer = await deps.resolver.cname(name);
    if (!answer.ok) return { names, error: answer.kind === 'error' ? answer.error : null };
    const next = answer.records[0]?.toLowerCase().replace(/\.$/, '');
    if (next === undefined || names.includes(next) || next === host) break;
    names.push(next);
    name = next;
  }
  return { names, error: null };
}
