import { defineOnlineRule } from '../define-rule';
import type { TlsFacts } from '../../facts';
import type { OnlineVerdict } from '../define-rule';

/** The IDs of this rule's messages: a verdict names one of them. */
type Message = 'tls-expiring' | 'tls-expiring/hop';

/** The certificate expires within 14 days (docs/contracts/rules.md, online). */
const DAYS = 14;

export const rule = defineOnlineRule({
  id: 'tls-expiring',
  defaultSeverity: 'warning',
  category: 'tracking-domain',
  summary: 'the certificate expires within 14 days',
  effect: 'broken-or-risky',
  title: 'Security certificate expires soon',
  impact:
    "The website's security certificate expires within two weeks; after that, readers will see a warning instead of the page.",
  remedy: 'Ask whoever runs the domain to renew the security certificate now.',
  fixHint: 'Renew the certificate soon',
  severityRationale: 'Warning: the link works today but breaks when the certificate expires.',
  messages: {
    'tls-expiring': {
      text: (d) =>
        `The certificate of https://${String(d['host'])} ${when(d)}; links on it break when it does.`,
    },
    'tls-expiring/hop': {
      text: (d) => `Hop ${Number(d['hop']) + 1} (${String(d['url'])}): the certificate ${when(d)}.`,
    },
  },
  judgeTrackingDomain(fact) {
    return expiring(fact.tls)
      ? [{ messageId: 'tls-expiring', data: { host: fact.host, ...expiry(fact.tls) } }]
      : [];
  },
  judgeLink(fact) {
    const out: OnlineVerdict<Message>[] = [];
    fact.hops.forEach((hop, i) => {
      if (expiring(hop.tls))
        out.push({
          hop: i,
          messageId: 'tls-expiring/hop',
          data: { hop: i, url: hop.url, ...expiry(hop.tls) },
        });
    });
    return out;
  },
});

function expiry(tls: TlsFacts): { daysToExpiry: number; validTo: string | null } {
  return { daysToExpiry: tls.daysToExpiry ?? 0, validTo: tls.validTo };
}

function expiring(tls: TlsFacts | null | undefined): tls is TlsFacts {
  // An expired certificate is tls-invalid, not expiring.
  return (
    !!tls &&
    tls.error !== 'expired' &&
    tls.daysToExpiry !== null &&
    tls.daysToExpiry >= 0 &&
    tls.daysToExpiry <= DAYS
  );
}

function when(d: Record<string, unknown>): string {
  const days = Number(d['daysToExpiry'] ?? 0);
  const date =
    typeof d['validTo'] === 'string' && d['validTo'] !== '' ? ` (${d['validTo'].slice(0, 10)})` : '';
  return days === 0 ? `expires today${date}` : `expires in ${days} day${days === 1 ? '' : 's'}${date}`;
}
