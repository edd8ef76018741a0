import { defineOnlineRule } from '../define-rule';
import type { OnlineVerdict } from '../define-rule';

/** No DKIM key at the given (or found) selector (docs/contracts/rules.md, online). */
export const rule = defineOnlineRule({
  id: 'dkim-missing',
  defaultSeverity: 'error',
  category: 'sender',
  summary: 'no DKIM key at the given (or found) selector',
  effect: 'broken-or-risky',
  title: 'Email signature key missing (DKIM)',
  impact: 'The key that proves your email really comes from you was not found, so inboxes trust it less.',
  remedy: 'Publish the DKIM key your email platform gives you in your DNS.',
  fixHint: 'Publish the DKIM key the platform gives you',
  severityRationale: 'Error: without the key the signature cannot be checked, so authentication fails.',
  judgeSender(fact) {
    const out: OnlineVerdict[] = [];
    const given = fact.dkim.filter((d) => d.source !== 'common');
    for (const d of given) {
      if (d.error !== null) continue;
      if (!d.found) {
        out.push({
          message: `No DKIM key at ${d.selector}._domainkey.${d.domain}: messages signed with s=${d.selector} fail DKIM.`,
        });
      } else if (d.revoked) {
        out.push({
          message: `The DKIM key at ${d.selector}._domainkey.${d.domain} is revoked (empty p=): messages signed with it fail DKIM.`,
        });
      }
    }
    const common = fact.dkim.filter((d) => d.source === 'common');
    if (common.length > 0 && common.every((d) => !d.found && d.error === null)) {
      out.push({
        message: `No DKIM key found for ${fact.domain} at the common selectors (${common.map((d) => d.selector).join(', ')}); give the selector of the message's DKIM-Signature (s=) to check it.`,
      });
    }
    return out;
  },
});
