import { defineOnlineRule } from '../define-rule';
import type { OnlineVerdict } from '../define-rule';

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
  judgeSender(fact) {
    const { spf } = fact;
    if (spf.record === null) return [];
    const out: OnlineVerdict[] = [];
    if (spf.lookups > LOOKUP_LIMIT) {
      out.push({
        message: `The SPF record of ${fact.domain} needs ${spf.lookups} DNS look-ups across its include/redirect tree; receivers stop at ${LOOKUP_LIMIT} (RFC 7208 §4.6.4) and SPF fails with a permanent error. Flatten or drop includes.`,
      });
    }
    if (spf.voidLookups > VOID_LIMIT) {
      out.push({
        message: `The SPF record of ${fact.domain} has ${spf.voidLookups} void look-ups (names with no record); more than ${VOID_LIMIT} is a permanent error (RFC 7208 §4.6.4). Remove includes of names that no longer exist.`,
      });
    }
    for (const loop of spf.loops ?? []) {
      out.push({
        message: `The SPF record of ${fact.domain} includes itself (${loop}); evaluation never ends within the limit.`,
      });
    }
    return out;
  },
});
