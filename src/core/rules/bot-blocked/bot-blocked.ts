import { defineOnlineRule } from '../define-rule';
import { botBlockOf, lastHop } from '../link-chain';

export const botBlocked = defineOnlineRule({
  id: 'bot-blocked',
  defaultSeverity: 'info',
  category: 'redirects',
  summary: 'The site answered in a way that blocks automated checks; the real state is unknown.',
  effect: 'other',
  title: 'Website refused the automatic check',
  impact:
    'The website turned away the automatic check, so whether the link works is unknown (it is not necessarily broken).',
  remedy: 'Open the link yourself to confirm it works.',
  fixHint: 'Open the link by hand to confirm it works',
  severityRationale: 'Info: the site refused an automated check; readers in a browser usually get through.',
  messages: {
    'bot-blocked': {
      text: (d) =>
        `Blocked as a bot (${String(d['why'])}) at ${String(d['url'])}: the link's real state is unknown, not broken`,
    },
  },
  judgeLink(fact) {
    const why = botBlockOf(fact);
    if (why === null) return [];
    return [
      {
        messageId: 'bot-blocked',
        data: { why, url: fact.finalUrl ?? fact.url, status: fact.finalStatus },
        hop: lastHop(fact),
      },
    ];
  },
});
