import { defineOnlineRule } from '../define-rule';

function key(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

export const redirectLoop = defineOnlineRule({
  id: 'redirect-loop',
  defaultSeverity: 'error',
  category: 'redirects',
  summary: 'The redirect chain revisits a URL.',
  effect: 'broken-or-risky',
  title: 'Link goes round in circles',
  impact: 'The link keeps forwarding to pages it has already visited, so the page never opens.',
  remedy: 'Ask whoever runs the website to fix its forwarding, or link to the final page directly.',
  fixHint: 'Fix the redirects of the destination site',
  severityRationale: 'Error: the page never opens for anyone.',
  messages: {
    'redirect-loop': {
      text: (d) =>
        `Redirect loop: hop ${Number(d['hop']) + 1} sends the browser back to ${String(d['location'])}`,
    },
    'redirect-loop/reported': {
      text: (d) => `Redirect loop: ${String(d['reason'])}`,
    },
  },
  judgeLink(fact) {
    const seen = new Set<string>();
    for (const [i, h] of fact.hops.entries()) {
      seen.add(key(h.url));
      if (h.location !== null && h.via !== 'javascript' && seen.has(key(h.location))) {
        return [{ messageId: 'redirect-loop', data: { hop: i, url: h.url, location: h.location }, hop: i }];
      }
    }
    if (fact.error?.code === 'redirect-loop') {
      return [{ messageId: 'redirect-loop/reported', data: { url: fact.url, reason: fact.error.message } }];
    }
    return [];
  },
});
