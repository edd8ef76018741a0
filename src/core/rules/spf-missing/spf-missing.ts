import { defineOnlineRule } from '../define-rule';

/** The sending domain has no SPF record (docs/contracts/rules.md, online). */
export const rule = defineOnlineRule({
  id: 'spf-missing',
  defaultSeverity: 'error',
  category: 'sender',
  summary: 'the sending domain has no SPF record',
  effect: 'broken-or-risky',
  title: 'Sending domain not authorised (SPF)',
  impact:
    'Your domain does not say which servers may send its email, so inboxes trust your email less and may put it in spam.',
  remedy: 'Ask whoever manages your domain to publish the SPF record your email platform gives you.',
  fixHint: 'Publish an SPF record (v=spf1 …)',
  severityRationale: 'Error: without SPF, large mailbox providers reject or spam-folder bulk mail.',
  messages: {
    'spf-missing': {
      text: (d) =>
        `${String(d['domain'])} publishes no SPF record (no TXT record starting with v=spf1): receivers cannot tell which servers may send its mail, and Gmail and Yahoo reject bulk mail without SPF or DKIM.`,
    },
  },
  judgeSender(fact) {
    // A failed look-up is dns-lookup-failed, not a missing record.
    if (fact.spf.error !== null || fact.spf.records.length > 0) return [];
    return [{ messageId: 'spf-missing', data: { domain: fact.domain } }];
  },
});
