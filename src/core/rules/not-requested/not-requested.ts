import { defineOnlineRule } from '../define-rule';

export const notRequested = defineOnlineRule({
  id: 'not-requested',
  defaultSeverity: 'info',
  category: 'redirects',
  summary: 'The link was deliberately not followed (unsubscribe, one-click, List-Unsubscribe, mailto: …).',
  judgeLink(fact) {
    if (fact.error?.code !== 'not-requested') return [];
    return [{ message: fact.error.message }];
  },
});
