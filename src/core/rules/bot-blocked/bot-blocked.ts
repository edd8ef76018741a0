import { defineOnlineRule } from '../define-rule';
import { botBlockOf, lastHop } from '../link-chain';

export const botBlocked = defineOnlineRule({
  id: 'bot-blocked',
  defaultSeverity: 'info',
  category: 'redirects',
  summary: 'The site answered in a way that blocks automated checks; the real state is unknown.',
  judgeLink(fact) {
    const why = botBlockOf(fact);
    if (why === null) return [];
    return [
      {
        message: `Blocked as a bot (${why}) at ${fact.finalUrl ?? fact.url}: the link's real state is unknown, not broken`,
        hop: lastHop(fact),
      },
    ];
  },
});
