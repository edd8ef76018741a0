import { defineOnlineRule } from '../define-rule';

/** SPF ends in +all or ?all (rules.md, online). */
export const rule = defineOnlineRule({
  id: 'spf-permissive-all',
  defaultSeverity: 'warning',
  category: 'sender',
  summary: 'SPF ends in +all or ?all',
  judgeSender(fact) {
    const q = fact.spf.all;
    if (fact.spf.record === null || (q !== '+' && q !== '?')) return [];
    const what =
      q === '+'
        ? 'allows every server on the internet to send as'
        : 'says nothing about other servers sending as';
    return [
      {
        message: `The SPF record of ${fact.domain} ends in ${q}all: it ${what} ${fact.domain}. End it in -all (or ~all while testing).`,
      },
    ];
  },
});
