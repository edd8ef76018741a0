import { defineOnlineRule } from '../define-rule';
import type { FactError } from '../../facts';
import type { OnlineVerdict } from '../define-rule';

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
  judgeSender(fact) {
    const out: OnlineVerdict[] = [];
    const say = (what: string, e: FactError) =>
      out.push({ message: `${what}: ${e.message} (${e.code}); the result is unknown, not missing.` });
    if (fact.spf.error) say(`The SPF look-up for ${fact.domain} failed`, fact.spf.error);
    for (const e of fact.spf.nestedErrors ?? [])
      say(`A look-up inside the SPF include tree of ${fact.domain} failed`, e);
    if (fact.dmarc.error) say(`The DMARC look-up for ${fact.domain} failed`, fact.dmarc.error);
    for (const d of fact.dkim)
      if (d.error) say(`The DKIM look-up at ${d.selector}._domainkey.${d.domain} failed`, d.error);
    if (fact.mxError) say(`The MX look-up for ${fact.domain} failed`, fact.mxError);
    return out;
  },
  judgeTrackingDomain(fact) {
    return fact.error
      ? [
          {
            message: `The DNS look-up for ${fact.host} failed: ${fact.error.message} (${fact.error.code}); whether it is set up is unknown.`,
          },
        ]
      : [];
  },
});
