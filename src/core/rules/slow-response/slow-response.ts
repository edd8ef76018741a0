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
  messages: {
    'slow-response': {
      text: (d) =>
        `Slow response: the chain took ${Number(d['ms'])} ms (threshold ${Number(d['thresholdMs'])} ms); the slowest hop took ${Number(d['slowestMs'])} ms`,
    },
  },
  judgeLink(fact, options) {
    if (fact.hops.length === 0 || fact.ms <= options.slowMs) return [];
    const slowest = fact.hops.reduce((best, h, i) => (h.ms > (fact.hops[best]?.ms ?? -1) ? i : best), 0);
    return [
      {
        messageId: 'slow-response',
        data: {
          ms: fact.ms,
          thresholdMs: options.slowMs,
          slowestHop: slowest,
          slowestMs: fact.hops[slowest]?.ms ?? 0,
        },
        hop: slowest,
      },
    ];
  },
});
