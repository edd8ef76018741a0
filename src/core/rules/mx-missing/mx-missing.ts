import { defineOnlineRule } from '../define-rule';

/** The sending domain has no MX record (replies and bounces fail) (rules.md, online). */
export const rule = defineOnlineRule({
  id: 'mx-missing',
  defaultSeverity: 'warning',
  category: 'sender',
  summary: 'the sending domain has no MX record (replies and bounces fail)',
  judgeSender(fact) {
    if (fact.mxError) return [];
    if (fact.mx.length === 0) {
      return [
        {
          message: `${fact.domain} has no MX record: replies to the From address cannot be delivered, and some receivers distrust senders that cannot receive mail.`,
        },
      ];
    }
    if (fact.mx.every((m) => m.exchange === '' || m.exchange === '.')) {
      return [
        {
          message: `${fact.domain} publishes a null MX (RFC 7505): it declares it accepts no mail, so replies bounce.`,
        },
      ];
    }
    return [];
  },
});
