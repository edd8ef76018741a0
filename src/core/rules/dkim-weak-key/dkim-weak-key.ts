import { defineOnlineRule } from '../define-rule';
import type { OnlineVerdict } from '../define-rule';

/** The IDs of this rule's messages: a verdict names one of them. */
type Message = 'dkim-weak-key' | 'dkim-weak-key/under-2048';

/** The DKIM RSA key is shorter than 1024 bits (info at 1024, fine from 2048) (docs/contracts/rules.md, online). */
export const rule = defineOnlineRule({
  id: 'dkim-weak-key',
  defaultSeverity: 'warning',
  category: 'sender',
  summary: 'the DKIM RSA key is shorter than 1024 bits (info at 1024, fine from 2048)',
  effect: 'broken-or-risky',
  title: 'Weak email signature key (DKIM)',
  impact: 'Your email signature key is short and easier to fake; some inboxes ignore such keys.',
  remedy: 'Ask your email platform for a 2048-bit key and publish it.',
  fixHint: 'Rotate to a 2048-bit DKIM key',
  severityRationale:
    'Warning: short keys can be forged and some providers ignore them; 1024 bits is info, still accepted today.',
  messages: {
    'dkim-weak-key': {
      text: (d) =>
        `The DKIM key at ${where(d)} is RSA ${Number(d['bits'])} bits: receivers reject keys under 1024 bits (RFC 8301), so DKIM fails. Publish a 2048-bit key.`,
    },
    'dkim-weak-key/under-2048': {
      text: (d) =>
        `The DKIM key at ${where(d)} is RSA ${Number(d['bits'])} bits; 2048 is recommended (RFC 8301).`,
    },
  },
  judgeSender(fact) {
    const out: OnlineVerdict<Message>[] = [];
    for (const d of fact.dkim) {
      if (!d.found || d.keyType !== 'rsa' || d.keyBits === null || d.keyBits >= 2048) continue;
      const data = { selector: d.selector, domain: d.domain, bits: d.keyBits };
      if (d.keyBits < 1024) out.push({ messageId: 'dkim-weak-key', data });
      else out.push({ messageId: 'dkim-weak-key/under-2048', severity: 'info', data });
    }
    return out;
  },
});

function where(d: Record<string, unknown>): string {
  return `${String(d['selector'])}._domainkey.${String(d['domain'])}`;
}
