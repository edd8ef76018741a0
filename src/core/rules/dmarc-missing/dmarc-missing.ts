import { defineOnlineRule } from '../define-rule';

/** No DMARC record at _dmarc.<domain> (or the organisational domain) (docs/contracts/rules.md, online). */
export const rule = defineOnlineRule({
  id: 'dmarc-missing',
  defaultSeverity: 'error',
  category: 'sender',
  summary: 'no DMARC record at _dmarc.<domain> (or the organisational domain)',
  effect: 'broken-or-risky',
  title: 'No DMARC policy',
  impact:
    'Your domain has no DMARC policy, so big inbox providers may reject or spam-folder your bulk email.',
  remedy: 'Ask whoever manages your domain to publish a DMARC record.',
  fixHint: 'Publish a DMARC record at _dmarc.',
  severityRationale:
    'Error: Gmail and Yahoo require DMARC of bulk senders and reject or spam-folder their mail without it.',
  messages: {
    'dmarc-missing': {
      text: (d) =>
        `No DMARC record at _dmarc.${String(d['domain'])} nor at its organisational domain: Gmail and Yahoo require one (p=none is enough) from bulk senders since 2024.`,
    },
    'dmarc-missing/multiple-records': {
      text: (d) =>
        `_dmarc.${String(d['domain'])} holds ${Number(d['records'])} DMARC records: receivers then apply no DMARC policy at all (RFC 7489 §6.6.3). Keep one.`,
    },
  },
  judgeSender(fact) {
    const { dmarc } = fact;
    const n = dmarc.records?.length ?? 0;
    if (n > 1) {
      return [
        {
          messageId: 'dmarc-missing/multiple-records',
          data: { domain: dmarc.foundAt ?? fact.domain, records: n },
        },
      ];
    }
    if (dmarc.error !== null || dmarc.record !== null) return [];
    return [{ messageId: 'dmarc-missing', data: { domain: fact.domain } }];
  },
});
