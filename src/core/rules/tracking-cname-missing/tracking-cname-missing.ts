import { defineOnlineRule } from '../define-rule';

/** A custom tracking domain has no CNAME (or A) record (docs/contracts/rules.md, online). */
export const rule = defineOnlineRule({
  id: 'tracking-cname-missing',
  defaultSeverity: 'error',
  category: 'tracking-domain',
  summary: 'a custom tracking domain has no CNAME (or A) record',
  effect: 'clicks-not-counted',
  title: 'Click-tracking address not set up',
  impact:
    'Your branded click-tracking address is not connected to your email platform, so tracked links break and clicks are lost.',
  remedy: 'Add the DNS record your email platform asks for when you set up the tracking address.',
  fixHint: 'Add the CNAME record the platform asks for',
  severityRationale: 'Error: without the record, tracked links on this domain do not resolve at all.',
  messages: {
    'tracking-cname-missing': {
      text: (d) =>
        `${String(d['host'])} has no CNAME and no A/AAAA record: every tracked link on it fails to open. Add the CNAME your email platform gives for the branded tracking domain.`,
    },
  },
  judgeTrackingDomain(fact) {
    if (fact.error || fact.cname.length > 0 || fact.addresses.length > 0) return [];
    return [{ messageId: 'tracking-cname-missing', data: { host: fact.host } }];
  },
});
