import { defineOnlineRule } from '../define-rule';

/** The tracking domain's CNAME does not point at the expected platform target (docs/contracts/rules.md, online). */
export const rule = defineOnlineRule({
  id: 'tracking-cname-mismatch',
  defaultSeverity: 'error',
  category: 'tracking-domain',
  summary: "the tracking domain's CNAME does not point at the expected platform target",
  effect: 'clicks-not-counted',
  title: 'Click-tracking address points elsewhere',
  impact:
    'Your click-tracking address is connected to something other than your email platform, so clicks may not reach it.',
  remedy: "Change the tracking address's DNS record to the target your email platform gives you.",
  fixHint: 'Point the CNAME at the platform’s target',
  severityRationale: 'Error: tracked links go to the wrong service, so clicks are lost or links break.',
  messages: {
    'tracking-cname-mismatch': {
      text: (d) => {
        const cname = d['cname'] as string[];
        const now =
          cname.length > 0 ? `points at ${cname.join(' → ')}` : 'has no CNAME (only A/AAAA records)';
        return `${String(d['host'])} ${now}, not at ${String(d['expected'])}: the platform will not serve its tracked links.`;
      },
    },
  },
  judgeTrackingDomain(fact) {
    const expected = fact.expect?.toLowerCase().replace(/\.$/, '');
    if (!expected || fact.error) return [];
    if (fact.cname.length === 0 && fact.addresses.length === 0) return []; // tracking-cname-missing
    if (fact.cname.some((n) => n === expected || n.endsWith(`.${expected}`))) return [];
    return [{ messageId: 'tracking-cname-mismatch', data: { host: fact.host, cname: fact.cname, expected } }];
  },
});
