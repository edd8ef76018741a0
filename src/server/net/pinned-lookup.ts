import type { FactError } from '../../core/facts';
import type { AddressPolicy } from './address-policy';
import type { DnsResolver } from './resolver';
import type { TargetUrl } from './target-url';

/**
 * The one look-up per hop: resolve the host through the service's resolver,
 * check every address against the policy, and hand back the address the
 * socket must connect to. There is no second look-up, so a DNS answer that
 * changes between look-ups (rebinding) cannot slip a different address in.
 * If any address of the answer is refused, the whole name is refused: a name
 * that mixes public and private answers is a rebinding tool.
 */
export type PinnedAddress = { ok: true; address: string; family: 4 | 6 } | { ok: false; error: FactError };

export async function pinAddress(
  target: TargetUrl,
  resolver: DnsResolver,
  policy: AddressPolicy,
): Promise<PinnedAddress> {
  const blocked = (message: string): PinnedAddress => ({
    ok: false,
    error: { code: 'blocked-target', message },
  });
  if (target.ipLiteral) {
    const verdict = policy.checkAddress(target.hostname, target.hostname);
    if (!verdict.ok) return blocked(`Refused: ${verdict.reason}`);
    return { ok: true, address: target.hostname, family: target.hostname.includes(':') ? 6 : 4 };
  }
  const nameVerdict = policy.checkHostName(target.hostname);
  if (!nameVerdict.ok) return blocked(`Refused: ${nameVerdict.reason}`);

  const [a, aaaa] = await Promise.all([resolver.a(target.hostname), resolver.aaaa(target.hostname)]);
  const v4 = a.ok ? a.records : [];
  const v6 = aaaa.ok ? aaaa.records : [];
  if (v4.length === 0 && v6.length === 0) {
    const failure =
      (!a.ok && a.kind === 'error' ? a.error : null) ??
      (!aaaa.ok && aaaa.kind === 'error' ? aaaa.error : null);
    if (failure) return { ok: false, error: failure };
    return {
      ok: false,
      error: {
        code: 'dns-nxdomain',
        message: `The host ${target.hostname} does not exist (no A or AAAA record)`,
      },
    };
  }
  for (const address of [...v4, ...v6]) {
    const verdict = policy.checkAddress(address, target.hostname);
    if (!verdict.ok) return blocked(`Refused: ${target.hostname} resolves to ${verdict.reason}`);
  }
  const first = v4[0];
  if (first !== undefined) return { ok: true, address: first, family: 4 };
  return { ok: true, address: v6[0] as string, family: 6 };
}
