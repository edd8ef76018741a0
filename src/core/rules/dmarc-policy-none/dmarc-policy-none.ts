import { defineOnlineRule } from '../define-rule';

/** DMARC policy is p=none (rules.md, online). */
export const rule = defineOnlineRule({
  id: 'dmarc-policy-none',
  defaultSeverity: 'warning',
  category: 'sender',
  summary: 'DMARC policy is p=none',
  judgeSender(fact) {
    if (fact.dmarc.record === null || fact.dmarc.policy !== 'none') return [];
    const at =
      fact.dmarc.foundAt !== null && fact.dmarc.foundAt !== fact.domain
        ? ` (found at ${fact.dmarc.foundAt})`
        : '';
    return [
      {
        message: `The DMARC policy of ${fact.domain}${at} is p=none: it only monitors, and mail spoofing the domain is still delivered. Move to p=quarantine or p=reject once reports show your own mail passes.`,
      },
    ];
  },
});
