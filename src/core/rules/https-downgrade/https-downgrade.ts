import { defineOnlineRule, type OnlineVerdict } from '../define-rule';

/** The IDs of this rule's messages: a verdict names one of them. */
type Message = 'https-downgrade';

export const httpsDowngrade = defineOnlineRule({
  id: 'https-downgrade',
  defaultSeverity: 'warning',
  category: 'security',
  summary: 'A hop goes from https: to http:.',
  effect: 'broken-or-risky',
  title: 'Link drops its secure connection',
  impact:
    'On its way, the link switches from a secure (https) to an insecure (http) address, and browsers may warn readers.',
  remedy: 'Make every forwarding step of the link use https.',
  fixHint: 'Make every redirect stay on https://',
  severityRationale:
    'Warning: the link works, but the insecure hop can be read or changed on the way and browsers may warn.',
  messages: {
    'https-downgrade': {
      text: (d) => `HTTPS downgrade: ${String(d['from'])} redirects to plain http ${String(d['to'])}`,
    },
  },
  judgeLink(fact) {
    const out: OnlineVerdict<Message>[] = [];
    for (let i = 1; i < fact.hops.length; i++) {
      const from = fact.hops[i - 1];
      const to = fact.hops[i];
      if (from?.url.startsWith('https:') && to?.url.startsWith('http:')) {
        out.push({ messageId: 'https-downgrade', data: { from: from.url, to: to.url }, hop: i });
      }
    }
    return out;
  },
});
