import {
  describeDisagreement,
  propagationDisagreements,
  type PropagationDisagreement,
} from '../../dns/propagation';
import { defineOnlineRule, type OnlineVerdict } from '../define-rule';

/**
 * Resolvers disagree about the tracking domain's CNAME/A or the sender's SPF
 * or DMARC record: a DNS change has not reached every resolver yet. Judges the
 * `propagation` facts of the look-up service (DNS_PROPAGATION_SERVERS).
 */
export const rule = defineOnlineRule({
  id: 'dns-propagation',
  defaultSeverity: 'warning',
  category: 'tracking-domain',
  summary:
    "public resolvers answer differently for the tracking domain's CNAME/A or the sender's SPF or DMARC record (a DNS change still propagating): says which resolvers have which answer, each answer's TTL and when the slowest should catch up",
  effect: 'broken-or-risky',
  title: 'A DNS change has not reached everyone yet',
  impact:
    'Some internet providers still use an old DNS answer, so for some readers links or sender checks behave as before the change.',
  remedy: 'Wait until the time shown has passed, then check again before sending.',
  fixHint: 'Wait for DNS to propagate, then check again',
  severityRationale:
    'Warning: it passes by itself, but sending during the change puts part of the audience on a broken or old setup; waiting until the time shown fixes it.',
  messages: {
    'dns-propagation/tracking-domain': { text: describe },
    'dns-propagation/sender': { text: describe },
  },
  judgeTrackingDomain(fact) {
    return propagationDisagreements(fact.propagation).map(
      (d): OnlineVerdict<'dns-propagation/tracking-domain'> => ({
        data: { ...d },
        messageId: 'dns-propagation/tracking-domain',
        wording: {
          title: 'Your click-tracking domain is not set up everywhere yet',
          impact: `Some DNS resolvers do not have the new ${d.record} of ${d.name} yet: for readers who use them, tracked links may not open.`,
        },
      }),
    );
  },
  judgeSender(fact) {
    return propagationDisagreements(fact.propagation).map((d): OnlineVerdict<'dns-propagation/sender'> => ({
      data: { ...d },
      messageId: 'dns-propagation/sender',
      wording: {
        title: `Your ${d.record} record is not the same everywhere yet`,
        impact: `Some inbox providers may still see the old ${d.record} record of ${d.name}, so your email can be judged by the old rules until they catch up.`,
      },
    }));
  },
});

/** The sentence of one disagreement, from the finding's data (a PropagationDisagreement). */
function describe(data: Record<string, unknown>): string {
  return describeDisagreement(data as unknown as PropagationDisagreement);
}
