import { defineOnlineRule } from '../define-rule';

export const notRequested = defineOnlineRule({
  id: 'not-requested',
  defaultSeverity: 'info',
  category: 'redirects',
  summary: 'The link was deliberately not followed (unsubscribe, one-click, List-Unsubscribe, mailto: …).',
  effect: 'other',
  title: 'Link not opened on purpose',
  impact:
    'This link was not opened by the check because doing so could, for example, unsubscribe the reader.',
  remedy: 'Nothing to fix; open it yourself if you want to be sure.',
  fixHint: 'Nothing to fix: checked on purpose only by hand',
  severityRationale:
    'Info: skipped on purpose to protect the reader (for example an unsubscribe link); nothing is wrong.',
  messages: {
    'not-requested': { text: (d) => String(d['reason']) },
  },
  judgeLink(fact) {
    if (fact.error?.code !== 'not-requested') return [];
    return [{ messageId: 'not-requested', data: { url: fact.url, reason: fact.error.message } }];
  },
});
