import { defineOnlineRule } from '../define-rule';
import type { FactError } from '../../facts';
import type { OnlineVerdict } from '../define-rule';

/** What a sender look-up failed on: each its own message, `dns-lookup-failed/<variant>`. */
type Variant = 'spf' | 'spf-include' | 'dmarc' | 'dkim' | 'mx';

/** A DNS query failed (SERVFAIL, timeout, refused), not the same as no record (docs/contracts/rules.md, online). */
export const rule = defineOnlineRule({
  id: 'dns-lookup-failed',
  defaultSeverity: 'error',
  category: 'sender',
  summary: 'a DNS query failed (SERVFAIL, timeout, refused), not the same as no record',
  effect: 'other',
  title: 'Domain check could not finish',
  impact:
    'A look-up of the domain failed (its name servers did not answer), so this part could not be checked.',
  remedy: 'Try again later; if it keeps failing, ask whoever manages the domain to check its DNS servers.',
  fixHint: 'Try again; check the domain’s DNS servers answer',
  severityRationale:
    'Error: the check could not be made, so the sender or tracking domain may be failing for everyone.',
  messages: {
    'dns-lookup-failed/spf': {
      text: (d) => failed(`The SPF look-up for ${String(d['domain'])} failed`, d),
    },
    'dns-lookup-failed/spf-include': {
      text: (d) => failed(`A look-up inside the SPF include tree of ${String(d['domain'])} failed`, d),
    },
    'dns-lookup-failed/dmarc': {
      text: (d) => failed(`The DMARC look-up for ${String(d['domain'])} failed`, d),
    },
    'dns-lookup-failed/dkim': {
      text: (d) =>
        failed(`The DKIM look-up at ${String(d['selector'])}._domainkey.${String(d['domain'])} failed`, d),
    },
    'dns-lookup-failed/mx': {
      text: (d) => failed(`The MX look-up for ${String(d['domain'])} failed`, d),
    },
    'dns-lookup-failed/tracking-domain': {
      text: (d) =>
        `The DNS look-up for ${String(d['host'])} failed: ${String(d['error'])} (${String(d['code'])}); whether it is set up is unknown.`,
    },
  },
  judgeSender(fact) {
    const out: OnlineVerdict<`dns-lookup-failed/${Variant}`>[] = [];
    const say = (variant: Variant, e: FactError, where: Record<string, unknown> = { domain: fact.domain }) =>
      out.push({
        messageId: `dns-lookup-failed/${variant}`,
        data: { ...where, code: e.code, error: e.message },
      });
    if (fact.spf.error) say('spf', fact.spf.error);
    for (const e of fact.spf.nestedErrors ?? []) say('spf-include', e);
    if (fact.dmarc.error) say('dmarc', fact.dmarc.error);
    for (const d of fact.dkim) if (d.error) say('dkim', d.error, { selector: d.selector, domain: d.domain });
    if (fact.mxError) say('mx', fact.mxError);
    return out;
  },
  judgeTrackingDomain(fact) {
    return fact.error
      ? [
          {
            messageId: 'dns-lookup-failed/tracking-domain',
            data: { host: fact.host, code: fact.error.code, error: fact.error.message },
          },
        ]
      : [];
  },
});

function failed(what: string, d: Record<string, unknown>): string {
  return `${what}: ${String(d['error'])} (${String(d['code'])}); the result is unknown, not missing.`;
}
