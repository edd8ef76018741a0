import { defineOnlineRule } from '../define-rule';
import type { TlsFacts } from '../../facts';
import type { OnlineVerdict } from '../define-rule';

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
  judgeTrackingDomain(fact) {
    if (!fact.tls || fact.tls.trusted) return [];
    return [{ message: `https://${fact.host}: ${explainTls(fact.host, fact.tls)}` }];
  },
  judgeLink(fact) {
    const out: OnlineVerdict[] = [];
    fact.hops.forEach((hop, i) => {
      if (!hop.tls || hop.tls.trusted) return;
      out.push({ hop: i, message: `Hop ${i + 1} (${hop.url}): ${explainTls(hostOf(hop.url), hop.tls)}` });
    });
    return out;
  },
});

/** Why a certificate is not trusted, in words. */
function explainTls(host: string, tls: TlsFacts): string {
  const by = tls.issuer ? ` (issuer ${tls.issuer})` : '';
  switch (tls.error) {
    case 'expired':
      return `the certificate expired on ${day(tls.validTo)}; browsers show a warning instead of the page.`;
    case 'not-yet-valid':
      return `the certificate is not valid before ${day(tls.validFrom)}.`;
    case 'self-signed':
      return `the certificate is self-signed${by}; browsers do not trust it.`;
    case 'untrusted-issuer':
      return `the certificate is issued by an authority browsers do not trust${by}.`;
    case 'hostname-mismatch':
      return `the certificate covers ${tls.names.join(', ') || 'other names'}, not ${host}: a branded tracking domain serving the platform's own (wildcard) certificate; Chrome shows ERR_CERT_COMMON_NAME_INVALID.`;
    default:
      return `the certificate is not trusted (${tls.error ?? 'unknown reason'})${by}.`;
  }
}

function day(iso: string | null): string {
  return iso ? iso.slice(0, 10) : 'an unknown date';
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
