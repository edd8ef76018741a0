import { defineOnlineRule } from '../define-rule';

/** The From domain is a free mailbox provider (docs/contracts/rules.md, online). */
export const rule = defineOnlineRule({
  id: 'free-mail-sender',
  defaultSeverity: 'warning',
  category: 'sender',
  summary: 'the From domain is a free mailbox provider',
  effect: 'broken-or-risky',
  title: 'Sent from a free mailbox address',
  impact:
    'Bulk email from a free address (like Gmail) fails the inboxes’ authentication checks and often lands in spam or is rejected.',
  remedy: 'Send from an address on your own domain.',
  fixHint: 'Send from your own domain, not a free mailbox',
  severityRationale:
    'Warning: free mailbox providers publish DMARC policies that make bulk mail sent as them fail.',
  messages: {
    'free-mail-sender': {
      text: (d) =>
        `${String(d['domain'])} is a free mailbox provider: an email platform cannot sign for it or pass its DMARC policy, so bulk mail From ${String(d['domain'])} is rejected or lands in spam. Send from your own domain.`,
    },
  },
  judgeSender(fact) {
    if (!fact.freeMail) return [];
    return [{ messageId: 'free-mail-sender', data: { domain: fact.domain } }];
  },
});
