import { defineOnlineRule } from '../define-rule';

/** More than one v=spf1 record (docs/contracts/rules.md, online). */
export const rule = defineOnlineRule({
  id: 'spf-multiple-records',
  defaultSeverity: 'error',
  category: 'sender',
  summary: 'more than one v=spf1 record',
  effect: 'broken-or-risky',
  title: 'Two conflicting SPF records',
  impact:
    'Your domain has more than one SPF record, so inboxes treat the check as failed and may put your email in spam.',
  remedy: 'Ask whoever manages your domain to merge the SPF records into one.',
  fixHint: 'Merge the SPF records into one',
  severityRationale: 'Error: two records make SPF fail outright (RFC 7208), as if there were none.',
  messages: {
    'spf-multiple-records': {
      text: (d) =>
        `${String(d['domain'])} publishes ${(d['records'] as string[]).length} SPF records; RFC 7208 §4.5 makes that a permanent error, so SPF fails for all its mail. Merge them into one v=spf1 record.`,
    },
  },
  judgeSender(fact) {
    if (fact.spf.records.length < 2) return [];
    return [{ messageId: 'spf-multiple-records', data: { domain: fact.domain, records: fact.spf.records } }];
  },
});
