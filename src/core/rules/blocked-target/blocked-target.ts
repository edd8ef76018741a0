import { defineOnlineRule } from '../define-rule';
import { lastHop } from '../link-chain';

export const blockedTarget = defineOnlineRule({
  id: 'blocked-target',
  defaultSeverity: 'error',
  category: 'security',
  summary: 'The URL or one of its hops resolves to a forbidden address; the service refused to follow it.',
  judgeLink(fact) {
    if (fact.error?.code !== 'blocked-target') return [];
    const hop = lastHop(fact);
    const where = hop !== undefined && hop > 0 ? ` (hop ${hop + 1}, ${fact.hops[hop]?.url ?? ''})` : '';
    return [{ message: `Blocked target${where}: ${fact.error.message}`, hop }];
  },
});
