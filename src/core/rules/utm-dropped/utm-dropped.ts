import { defineOnlineRule } from '../define-rule';

function utmOf(url: string): Map<string, string> | null {
  try {
    const params = new URL(url).searchParams;
    return new Map([...params].filter(([k]) => k.toLowerCase().startsWith('utm_')));
  } catch {
    return null;
  }
}

export const utmDropped = defineOnlineRule({
  id: 'utm-dropped',
  defaultSeverity: 'warning',
  category: 'utm',
  summary: '`utm_*` parameters present on the first URL are gone from the final URL.',
  effect: 'campaign-data',
  title: 'Campaign tags lost on the way',
  impact:
    'The forwarding steps of this link remove your campaign tags, so visits from it are missing in your analytics.',
  remedy:
    'Ask whoever runs the website to keep the tags when forwarding, or link to the final page directly.',
  fixHint: 'Make the redirects keep the query string',
  severityRationale: 'Warning: the link works, but its visits are missing from the campaign in analytics.',
  messages: {
    'utm-dropped': {
      text: (d) => {
        const lost = d['lost'] as string[];
        return `UTM parameters dropped by the redirects: ${lost.join(', ')} ${lost.length === 1 ? 'is' : 'are'} missing or changed at ${String(d['finalUrl'])}`;
      },
    },
  },
  judgeLink(fact) {
    if (fact.error || fact.finalUrl === null || fact.hops.length < 2) return [];
    const first = utmOf(fact.url);
    const last = utmOf(fact.finalUrl);
    if (!first || !last || first.size === 0) return [];
    const lost = [...first].filter(([k, v]) => last.get(k) !== v).map(([k]) => k);
    if (lost.length === 0) return [];
    return [{ messageId: 'utm-dropped', data: { lost, finalUrl: fact.finalUrl }, hop: fact.hops.length - 1 }];
  },
});
