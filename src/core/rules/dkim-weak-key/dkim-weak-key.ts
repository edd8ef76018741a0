import { defineOnlineRule } from '../define-rule';
import type { OnlineVerdict } from '../define-rule';

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
  judgeSender(fact) {
    const out: OnlineVerdict[] = [];
    for (const d of fact.dkim) {
      if (!d.found || d.keyType !== 'rsa' || d.keyBits === null || d.keyBits >= 2048) continue;
      const where = `${d.selector}._domainkey.${d.domain}`;
      if (d.keyBits < 1024) {
        out.push({
          message: `The DKIM key at ${where} is RSA ${d.keyBits} bits: receivers reject keys under 1024 bits (RFC 8301), so DKIM fails. Publish a 2048-bit key.`,
        });
      } else {
        out.push({
          severity: 'info',
          message: `The DKIM key at ${where} is RSA ${d.keyBits} bits; 2048 is recommended (RFC 8301).`,
        });
      }
    }
    return out;
  },
});
