import { defineOnlineRule } from '../define-rule';

/** The sending domain has no MX record (replies and bounces fail) (docs/contracts/rules.md, online). */
export const rule = defineOnlineRule({
  id: 'mx-missing',
  defaultSeverity: 'warning',
  category: 'sender',
  summary: 'the sending domain has no MX record (replies and bounces fail)',
  effect: 'broken-or-risky',
  title: 'Domain cannot receive replies',
  impact:
    'Your sending domain has no mail server, so replies and bounce messages are lost and some inboxes trust it less.',
  remedy: 'Ask whoever manages your domain to add an MX record.',
  fixHint: 'Add an MX record for replies and bounces',
  severityRationale:
    'Warning: mail still goes out, but replies and bounces are lost and some providers distrust the domain.',
  messages: {
    'mx-missing': {
      text: (d) =>
        `${String(d['domain'])} has no MX record: replies to the From address cannot be delivered, and some receivers distrust senders that cannot receive mail.`,
    },
    'mx-missing/null-mx': {
      text: (d) =>
        `${String(d['domain'])} publishes a null MX (RFC 7505): it declares it accepts no mail, so replies bounce.`,
    },
  },
  judgeSender(fact) {
    if (fact.mxError) return [];
    if (fact.mx.length === 0) return [{ messageId: 'mx-missing', data: { domain: fact.domain } }];
    if (fact.mx.every((m) => m.exchange === '' || m.exchange === '.')) {
      return [{ messageId: 'mx-missing/null-mx', data: { domain: fact.domain } }];
    }
    return [];
  },
});
