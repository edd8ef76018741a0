import { defineOnlineRule } from '../define-rule';
import { redirectCount } from '../link-chain';

/** Redirects tolerated before the destination (docs/contracts/rules.md: "more than 3 hops"). */
const LONG_CHAIN_REDIRECTS = 3;

export const longRedirectChain = defineOnlineRule({
  id: 'long-redirect-chain',
  defaultSeverity: 'warning',
  category: 'redirects',
  summary: 'More than 3 hops before the destination.',
  effect: 'broken-or-risky',
  title: 'Link forwards several times',
  impact: 'The link passes through several forwarding steps, which makes it slow and easy to break.',
  remedy: 'Link closer to the final page.',
  fixHint: 'Link closer to the final address',
  severityRationale: 'Warning: the link works, but each hop adds delay and a chance to break.',
  messages: {
    'long-redirect-chain': {
      text: (d) =>
        `Long redirect chain: ${Number(d['redirects'])} redirects before ${typeof d['finalUrl'] === 'string' ? d['finalUrl'] : 'the destination'}`,
    },
  },
  judgeLink(fact, options) {
    const count = redirectCount(fact);
    if (fact.error?.code === 'too-many-redirects' || fact.error?.code === 'redirect-loop') return [];
    if (count <= LONG_CHAIN_REDIRECTS || count > options.maxRedirects) return [];
    return [{ messageId: 'long-redirect-chain', data: { redirects: count, finalUrl: fact.finalUrl } }];
  },
});
