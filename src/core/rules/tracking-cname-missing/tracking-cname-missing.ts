import { defineOnlineRule } from '../define-rule';

/** A custom tracking domain has no CNAME (or A) record (rules.md, online). */
export const rule = defineOnlineRule({
  id: 'tracking-cname-missing',
  defaultSeverity: 'error',
  category: 'tracking-domain',
  summary: 'a custom tracking domain has no CNAME (or A) record',
  judgeTrackingDomain(fact) {
    if (fact.error || fact.cname.length > 0 || fact.addresses.length > 0) return [];
    return [
      {
        message: `${fact.host} has no CNAME and no A/AAAA record: every tracked link on it fails to open. Add the CNAME your email platform gives for the branded tracking domain.`,
      },
    ];
  },
});
