import { defineOnlineRule } from '../define-rule';
import type { OnlineVerdict } from '../define-rule';

/** The IDs of this rule's messages: a verdict names one of them. */
type Message = 'spf-too-many-lookups' | 'spf-too-many-lookups/void-lookups' | 'spf-too-many-lookups/loop';

/** SPF evaluation needs more than 10 DNS look-ups (RFC 7208 §4.6.4) (docs/contracts/rules.md, online). */
const LOOKUP_LIMIT = 10;
const VOID_LIMIT = 2;

export const rule = defineOnlineRule({
  id: 'spf-too-many-lookups',
  defaultSeverity: 'error',
  category: 'sender',
  summary: 'SPF evaluation needs more than 10 DNS look-ups (RFC 7208 §4.6.4)',
  effect: 'broken-or-risky',
  title: 'SPF record too complex',
  impact:
    'Your SPF record needs too many look-ups, so inboxes treat the check as failed and may put your email in spam.',
  remedy: 'Ask whoever manages your domain to simplify the SPF record.',
  fixHint: 'Flatten the SPF record to 10 look-ups or fewer',
  severityRationale: 'Error: past ten look-ups SPF fails outright (RFC 7208), as if there were none.',
  messages: {
    'spf-too-many-lookups': {
      text: (d) =>
        `The SPF record of ${String(d['domain'])} needs ${Number(d['lookups'])} DNS look-ups across its include/redirect tree; receivers stop at ${Number(d['limit'])} (RFC 7208 §4.6.4) and SPF fails with a permanent error. Flatten or drop includes.`,
    },
    'spf-too-many-lookups/void-lookups': {
      text: (d) =>
        `The SPF record of ${String(d['domain'])} has ${Number(d['voidLookups'])} void look-ups (names with no record); more than ${Number(d['limit'])} is a permanent error (RFC 7208 §4.6.4). Remove includes of names that no longer exist.`,
    },
    'spf-too-many-lookups/loop': {
      text: (d) =>
        `The SPF record of ${String(d['domain'])} includes itself (${String(d['loop'])}); evaluation never ends within the limit.`,
    },
  },
  judgeSender(fact) {
    const { spf } = fact;
    if (spf.record === null) return [];
    const out: OnlineVerdict<Message>[] = [];
    const domain = fact.domain;
    if (spf.lookups > LOOKUP_LIMIT) {
      out.push({
        messageId: 'spf-too-many-lookups',
        data: { domain, lookups: spf.lookups, limit: LOOKUP_LIMIT },
      });
    }
    if (spf.voidLookups > VOID_LIMIT) {
      out.push({
        messageId: 'spf-too-many-lookups/void-lookups',
        data: { domain, voidLookups: spf.voidLookups, limit: VOID_LIMIT },
      });
    }
    for (const loop of spf.loops ?? []) {
      out.push({ messageId: 'spf-too-many-lookups/loop', data: { domain, loop } });
    }
    return out;
  },
});
