import { defineOnlineRule } from '../define-rule';

export const slowResponse = defineOnlineRule({
  id: 'slow-response',
  defaultSeverity: 'warning',
  category: 'redirects',
  summary: 'The chain took longer than the configured threshold (default 3 s).',
  effect: 'broken-or-risky',
  title: 'Slow link',
  impact: 'The page took a long time to open, and impatient readers may leave before it does.',
  remedy: 'Check that the website answers quickly, or link to a faster page.',
  fixHint: 'Check the destination site is fast enough',
  severityRationale: 'Warning: the link works, but slow pages lose readers.',
  judgeLink(fact, options) {
    if (fact.hops.length === 0 || fact.ms <= options.slowMs) return [];
    const slowest = fact.hops.reduce((best, h, i) => (h.ms > (fact.hops[best]?.ms ?? -1) ? i : best), 0);
    return [
      {
        message: `Slow response: the chain took ${fact.ms} ms (threshold ${options.slowMs} ms); the slowest hop took ${fact.hops[slowest]?.ms ?? 0} ms`,
        hop: slowest,
      },
    ];
  },
});
