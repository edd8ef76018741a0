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
  judgeLink(fact) {
    const seen = new Set<string>();
    for (const [i, h] of fact.hops.entries()) {
      seen.add(key(h.url));
      if (h.location !== null && h.via !== 'javascript' && seen.has(key(h.location))) {
        return [{ message: `Redirect loop: hop ${i + 1} sends the browser back to ${h.location}`, hop: i }];
      }
    }
    if (fact.error?.code === 'redirect-loop') return [{ message: `Redirect loop: ${fact.error.message}` }];
    return [];
  },
});
