import { defineOnlineRule } from '../define-rule';
import type { OnlineVerdict } from '../define-rule';

/** The IDs of this rule's messages: a verdict names one of them. */
type Message = 'dkim-missing' | 'dkim-missing/revoked' | 'dkim-missing/common-selectors';

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
  messages: {
    'dkim-missing': {
      text: (d) =>
        `No DKIM key at ${String(d['selector'])}._domainkey.${String(d['domain'])}: messages signed with s=${String(d['selector'])} fail DKIM.`,
    },
    'dkim-missing/revoked': {
      text: (d) =>
        `The DKIM key at ${String(d['selector'])}._domainkey.${String(d['domain'])} is revoked (empty p=): messages signed with it fail DKIM.`,
    },
    'dkim-missing/common-selectors': {
      text: (d) =>
        `No DKIM key found for ${String(d['domain'])} at the common selectors (${(d['selectors'] as string[]).join(', ')}); give the selector of the message's DKIM-Signature (s=) to check it.`,
    },
  },
  judgeSender(fact) {
    const out: OnlineVerdict<Message>[] = [];
    const given = fact.dkim.filter((d) => d.source !== 'common');
    for (const d of given) {
      if (d.error !== null) continue;
      if (!d.found) {
        out.push({ messageId: 'dkim-missing', data: { selector: d.selector, domain: d.domain } });
      } else if (d.revoked) {
        out.push({ messageId: 'dkim-missing/revoked', data: { selector: d.selector, domain: d.domain } });
      }
    }
    const common = fact.dkim.filter((d) => d.source === 'common');
    if (common.length > 0 && common.every((d) => !d.found && d.error === null)) {
      out.push({
        messageId: 'dkim-missing/common-selectors',
        data: { domain: fact.domain, selectors: common.map((d) => d.selector) },
      });
    }
    return out;
  },
});
