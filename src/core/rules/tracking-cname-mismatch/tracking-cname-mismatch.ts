import { defineOnlineRule } from '../define-rule';

/** The tracking domain's CNAME does not point at the expected platform target (rules.md, online). */
export const rule = defineOnlineRule({
  id: 'tracking-cname-mismatch',
  defaultSeverity: 'error',
  category: 'tracking-domain',
  summary: "the tracking domain's CNAME does not point at the expected platform target",
  judgeTrackingDomain(fact) {
    const expected = fact.expect?.toLowerCase().replace(/\.$/, '');
    if (!expected || fact.error) return [];
    if (fact.cname.length === 0 && fact.addresses.length === 0) return []; // tracking-cname-missing
    if (fact.cname.some((n) => n === expected || n.endsWith(`.${expected}`))) return [];
    const now =
      fact.cname.length > 0 ? `points at ${fact.cname.join(' → ')}` : 'has no CNAME (only A/AAAA records)';
    return [
      { message: `${fact.host} ${now}, not at ${expected}: the platform will not serve its tracked links.` },
    ];
  },
});
