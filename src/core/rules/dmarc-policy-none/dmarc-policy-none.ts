import { defineOnlineRule } from '../define-rule';

/** DMARC policy is p=none (docs/contracts/rules.md, online). */
export const rule = defineOnlineRule({
  id: 'dmarc-policy-none',
  defaultSeverity: 'warning',
  category: 'sender',
  summary: 'DMARC policy is p=none',
  effect: 'broken-or-risky',
  title: 'DMARC set to monitor only',
  impact:
    'Your DMARC policy only watches and does not protect your domain against people sending fake email as you.',
  remedy: 'Once DMARC reports look clean, move the policy to quarantine or reject.',
  fixHint: 'Move DMARC to p=quarantine or p=reject once reports are clean',
  severityRationale:
    'Warning: it meets the bulk-sender requirement but does not protect the domain against spoofing.',
  messages: {
    'dmarc-policy-none': {
      text: (d) => {
        const at = typeof d['foundAt'] === 'string' ? ` (found at ${d['foundAt']})` : '';
        return `The DMARC policy of ${String(d['domain'])}${at} is ${String(d['tag'])}=none: it only monitors, and mail spoofing the domain is still delivered. Move to p=quarantine or p=reject once reports show your own mail passes.`;
      },
    },
  },
  judgeSender(fact) {
    const { dmarc } = fact;
    if (dmarc.record === null) return [];
    // Found at the organisational domain: `sp` (when given) is the policy for subdomains (RFC 7489 §6.3).
    const inherited = dmarc.foundAt !== null && dmarc.foundAt !== fact.domain;
    const useSp = inherited && dmarc.subdomainPolicy != null;
    const policy = useSp ? dmarc.subdomainPolicy : dmarc.policy;
    if (policy !== 'none') return [];
    return [
      {
        messageId: 'dmarc-policy-none',
        data: { domain: fact.domain, foundAt: inherited ? dmarc.foundAt : null, tag: useSp ? 'sp' : 'p' },
      },
    ];
  },
});
