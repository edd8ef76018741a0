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
  judgeLink(fact) {
    if (fact.error?.code !== 'blocked-target') return [];
    const hop = lastHop(fact);
    const where = hop !== undefined && hop > 0 ? ` (hop ${hop + 1}, ${fact.hops[hop]?.url ?? ''})` : '';
    return [{ message: `Blocked target${where}: ${fact.error.message}`, hop }];
  },
});
