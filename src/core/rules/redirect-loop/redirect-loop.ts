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
