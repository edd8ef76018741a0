import { defineOnlineRule } from '../define-rule';
import { lastHop } from '../link-chain';

export const blockedTarget = defineOnlineRule({
  id: 'blocked-target',
  defaultSeverity: 'error',
  category: 'security',
  summary: 'The URL or one of its hops resolves to a forbidden address; the service refused to follow it.',
  effect: 'broken-or-risky',
  title: 'Link points to a private address',
  impact:
    'The link leads to a private or internal network address that readers outside your company cannot reach.',
  remedy: 'Use a public web address that everyone can open.',
  fixHint: 'Do not link to private or internal addresses',
  severityRationale: 'Error: readers outside your network cannot reach a private address.',
  messages: {
    'blocked-target': {
      text: (d) => {
        const hop = typeof d['hop'] === 'number' ? d['hop'] : 0;
        const where = hop > 0 ? ` (hop ${hop + 1}, ${String(d['hopUrl'] ?? '')})` : '';
        return `Blocked target${where}: ${String(d['reason'])}`;
      },
    },
  },
  judgeLink(fact) {
    if (fact.error?.code !== 'blocked-target') return [];
    const hop = lastHop(fact);
    const hopUrl = hop !== undefined ? (fact.hops[hop]?.url ?? null) : null;
    return [
      {
        messageId: 'blocked-target',
        data: { url: fact.url, hop: hop ?? null, hopUrl, reason: fact.error.message },
        hop,
      },
    ];
  },
});
