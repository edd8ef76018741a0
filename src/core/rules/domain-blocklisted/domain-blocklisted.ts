import { defineOnlineRule } from '../define-rule';

/** A link or tracking domain is listed on a domain blocklist (rules.md, online). */
export const rule = defineOnlineRule({
  id: 'domain-blocklisted',
  defaultSeverity: 'error',
  category: 'tracking-domain',
  summary: 'a link or tracking domain is listed on a domain blocklist',
  judgeTrackingDomain(fact) {
    return fact.blocklists
      .filter((b) => b.status === 'listed')
      .map((b) => ({
        message: `${fact.host} is listed on ${b.zone}${b.meaning ? ` (${b.meaning})` : ''}: filters that use this list junk or reject mail carrying links to it.`,
      }));
  },
});
