import { defineOnlineRule } from '../define-rule';

/** No DMARC record at _dmarc.<domain> (or the organisational domain) (rules.md, online). */
export const rule = defineOnlineRule({
  id: 'dmarc-missing',
  defaultSeverity: 'error',
  category: 'sender',
  summary: 'no DMARC record at _dmarc.<domain> (or the organisational domain)',
  judgeSender(fact) {
    if (fact.dmarc.error !== null || fact.dmarc.record !== null) return [];
    return [
      {
        message: `No DMARC record at _dmarc.${fact.domain} nor at its organisational domain: Gmail and Yahoo require one (p=none is enough) from bulk senders since 2024.`,
      },
    ];
  },
});
