import { defineOnlineRule } from '../define-rule';
import { redirectCount } from '../link-chain';

export const tooManyRedirects = defineOnlineRule({
  id: 'too-many-redirects',
  defaultSeverity: 'error',
  category: 'redirects',
  summary: 'More redirects than the configured limit (default 10).',
  effect: 'broken-or-risky',
  title: 'Link forwards too many times',
  impact: 'The link passes through so many forwarding steps that browsers give up before the page opens.',
  remedy: 'Link directly to the final page.',
  fixHint: 'Link to the final address directly',
  severityRationale: 'Error: browsers give up before the page opens.',
  messages: {
    'too-many-redirects': {
      text: (d) =>
        `Too many redirects: the chain did not end within ${Number(d['limit'])} redirects; browsers give up at about 20`,
    },
  },
  judgeLink(fact, options) {
    const count = redirectCount(fact);
    if (fact.error?.code === 'too-many-redirects' || count > options.maxRedirects) {
      return [{ messageId: 'too-many-redirects', data: { redirects: count, limit: options.maxRedirects } }];
    }
    return [];
  },
});
