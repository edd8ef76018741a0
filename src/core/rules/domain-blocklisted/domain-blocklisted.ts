import { defineOnlineRule } from '../define-rule';

/** A link or tracking domain is listed on a domain blocklist (docs/contracts/rules.md, online). */
export const rule = defineOnlineRule({
  id: 'domain-blocklisted',
  defaultSeverity: 'error',
  category: 'tracking-domain',
  summary: 'a link or tracking domain is listed on a domain blocklist',
  effect: 'broken-or-risky',
  title: 'Domain on a blocklist',
  impact:
    'A domain in this email is on a spam or phishing blocklist, so the email may go to spam or the link may be blocked.',
  remedy: 'Ask the blocklist to remove the domain, and stop using it until it is removed.',
  fixHint: 'Ask the blocklist to delist the domain; stop using it meanwhile',
  severityRationale: 'Error: mail with a listed domain is widely blocked or sent to spam.',
  messages: {
    'domain-blocklisted': {
      text: (d) => {
        const meaning = typeof d['meaning'] === 'string' && d['meaning'] !== '' ? ` (${d['meaning']})` : '';
        return `${String(d['host'])} is listed on ${String(d['zone'])}${meaning}: filters that use this list junk or reject mail carrying links to it.`;
      },
    },
  },
  judgeTrackingDomain(fact) {
    return fact.blocklists
      .filter((b) => b.status === 'listed')
      .map((b) => ({
        messageId: 'domain-blocklisted',
        data: { host: fact.host, zone: b.zone, meaning: b.meaning, codes: b.codes },
      }));
  },
});
