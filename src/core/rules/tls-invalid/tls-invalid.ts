import { defineOnlineRule } from '../define-rule';
import type { TlsFacts } from '../../facts';
import type { OnlineVerdict } from '../define-rule';

/** The IDs of this rule's messages: a verdict names one of them. */
type Message = 'tls-invalid' | 'tls-invalid/hop';

/** The certificate of an https host (a tracking domain or a hop) is expired, not yet valid, untrusted or does not cover the host name (docs/contracts/rules.md, online). */
export const rule = defineOnlineRule({
  id: 'tls-invalid',
  defaultSeverity: 'error',
  category: 'tracking-domain',
  summary:
    'the certificate of an https host (a tracking domain or a hop) is expired, not yet valid, untrusted or does not cover the host name',
  effect: 'broken-or-risky',
  title: 'Security certificate problem',
  impact:
    "The website's security certificate is expired or does not match, so browsers show readers a warning instead of the page.",
  remedy: 'Ask whoever runs the domain to renew or fix its security certificate.',
  fixHint: 'Renew or fix the certificate (it must cover the host name)',
  severityRationale: 'Error: browsers show a full-page warning instead of the page.',
  messages: {
    'tls-invalid': {
      text: (d) => `https://${String(d['host'])}: ${explainTls(d)}`,
    },
    'tls-invalid/hop': {
      text: (d) => `Hop ${Number(d['hop']) + 1} (${String(d['url'])}): ${explainTls(d)}`,
    },
  },
  judgeTrackingDomain(fact) {
    if (!fact.tls || fact.tls.trusted) return [];
    return [{ messageId: 'tls-invalid', data: { host: fact.host, ...certificate(fact.tls) } }];
  },
  judgeLink(fact) {
    const out: OnlineVerdict<Message>[] = [];
    fact.hops.forEach((hop, i) => {
      if (!hop.tls || hop.tls.trusted) return;
      out.push({
        hop: i,
        messageId: 'tls-invalid/hop',
        data: { hop: i, url: hop.url, host: hostOf(hop.url), ...certificate(hop.tls) },
      });
    });
    return out;
  },
});

/** What a message needs of an untrusted certificate. */
function certificate(tls: TlsFacts) {
  return {
    error: tls.error,
    issuer: tls.issuer,
    names: tls.names,
    validFrom: tls.validFrom,
    validTo: tls.validTo,
  };
}

/** Why a certificate is not trusted, in words. */
function explainTls(d: Record<string, unknown>): string {
  const issuer = typeof d['issuer'] === 'string' ? d['issuer'] : '';
  const by = issuer ? ` (issuer ${issuer})` : '';
  const error = typeof d['error'] === 'string' ? d['error'] : null;
  switch (error) {
    case 'expired':
      return `the certificate expired on ${day(d['validTo'])}; browsers show a warning instead of the page.`;
    case 'not-yet-valid':
      return `the certificate is not valid before ${day(d['validFrom'])}.`;
    case 'self-signed':
      return `the certificate is self-signed${by}; browsers do not trust it.`;
    case 'untrusted-issuer':
      return `the certificate is issued by an authority browsers do not trust${by}.`;
    case 'hostname-mismatch':
      return `the certificate covers ${(d['names'] as string[]).join(', ') || 'other names'}, not ${String(d['host'])}: a branded tracking domain serving the platform's own (wildcard) certificate; Chrome shows ERR_CERT_COMMON_NAME_INVALID.`;
    default:
      return `the certificate is not trusted (${error ?? 'unknown reason'})${by}.`;
  }
}

function day(iso: unknown): string {
  return typeof iso === 'string' && iso !== '' ? iso.slice(0, 10) : 'an unknown date';
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
