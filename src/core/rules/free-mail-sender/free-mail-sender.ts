import { defineOnlineRule } from '../define-rule';

/** The From domain is a free mailbox provider (rules.md, online). */
export const rule = defineOnlineRule({
  id: 'free-mail-sender',
  defaultSeverity: 'warning',
  category: 'sender',
  summary: 'the From domain is a free mailbox provider',
  judgeSender(fact) {
    if (!fact.freeMail) return [];
    return [
      {
        message: `${fact.domain} is a free mailbox provider: an email platform cannot sign for it or pass its DMARC policy, so bulk mail From ${fact.domain} is rejected or lands in spam. Send from your own domain.`,
      },
    ];
  },
});
