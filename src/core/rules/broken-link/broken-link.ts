import { defineOnlineRule } from '../define-rule';
import { botBlockOf, lastHop } from '../link-chain';

export const brokenLink = defineOnlineRule({
  id: 'broken-link',
  defaultSeverity: 'error',
  category: 'redirects',
  summary: "The final response of the link's redirect chain is 4xx/5xx, or the host does not exist.",
  effect: 'broken-or-risky',
  title: 'Link leads to an error page',
  impact:
    'Readers who click land on an error page (such as "page not found") or a website that does not exist.',
  remedy: 'Fix the page or change the link to a page that works.',
  fixHint: 'Fix or replace the destination page',
  severityRationale: 'Error: every reader who clicks lands on an error page.',
  judgeLink(fact) {
    if (fact.error?.code === 'dns-nxdomain') {
      return [{ message: `Broken link: ${fact.error.message}`, hop: lastHop(fact) }];
    }
    if (fact.error || fact.finalStatus === null || fact.finalStatus < 400) return [];
    if (botBlockOf(fact) !== null) return [];
    const where =
      fact.hops.length > 1 ? ` after ${fact.hops.length - 1} redirect(s), at ${fact.finalUrl}` : '';
    return [
      { message: `Broken link: the server answers HTTP ${fact.finalStatus}${where}`, hop: lastHop(fact) },
    ];
  },
});
