import { defineOnlineRule } from '../define-rule';
import { botBlockOf, lastHop, redirectCount } from '../link-chain';

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
  messages: {
    'broken-link': {
      text: (d) => {
        const redirects = Number(d['redirects']);
        const where = redirects > 0 ? ` after ${redirects} redirect(s), at ${String(d['finalUrl'])}` : '';
        return `Broken link: the server answers HTTP ${Number(d['status'])}${where}`;
      },
    },
    'broken-link/no-host': {
      text: (d) => `Broken link: ${String(d['reason'])}`,
    },
  },
  judgeLink(fact) {
    if (fact.error?.code === 'dns-nxdomain') {
      return [
        {
          messageId: 'broken-link/no-host',
          data: { url: fact.url, code: fact.error.code, reason: fact.error.message },
          hop: lastHop(fact),
        },
      ];
    }
    if (fact.error || fact.finalStatus === null || fact.finalStatus < 400) return [];
    if (botBlockOf(fact) !== null) return [];
    return [
      {
        messageId: 'broken-link',
        data: { status: fact.finalStatus, redirects: redirectCount(fact), finalUrl: fact.finalUrl },
        hop: lastHop(fact),
      },
    ];
  },
});
