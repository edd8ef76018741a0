import { defineOnlineRule } from '../define-rule';

/** SPF ends in +all or ?all (docs/contracts/rules.md, online). */
export const rule = defineOnlineRule({
  id: 'spf-permissive-all',
  defaultSeverity: 'warning',
  category: 'sender',
  summary: 'SPF ends in +all or ?all',
  effect: 'broken-or-risky',
  title: 'SPF lets anyone send as you',
  impact:
    'Your SPF record allows any server to send as your domain, which helps spammers and hurts your reputation.',
  remedy: 'Ask whoever manages your domain to end the SPF record with "~all" or "-all".',
  fixHint: 'End the SPF record with ~all or -all',
  severityRationale:
    'Warning: SPF passes, but it lets anyone send as you, which weakens the domain’s reputation.',
  messages: {
    'spf-permissive-all': {
      text: (d) => {
        const q = String(d['all']);
        const domain = String(d['domain']);
        const what =
          q === '+'
            ? 'allows every server on the internet to send as'
            : 'says nothing about other servers sending as';
        return `The SPF record of ${domain} ends in ${q}all: it ${what} ${domain}. End it in -all (or ~all while testing).`;
      },
    },
    'spf-permissive-all/no-all': {
      text: (d) =>
        `The SPF record of ${String(d['domain'])} has no all mechanism: mail from servers it does not list gets a neutral result, as with ?all. End it in -all (or ~all while testing).`,
    },
  },
  judgeSender(fact) {
    const { spf } = fact;
    const q = spf.all;
    if (spf.record === null || spf.records.length > 1) return [];
    if (q === null && (spf.nestedErrors ?? []).length === 0 && (spf.loops ?? []).length === 0) {
      // No `all` anywhere (nor behind a redirect): the default result is neutral, as with ?all (RFC 7208 §4.7).
      return [{ messageId: 'spf-permissive-all/no-all', data: { domain: fact.domain, record: spf.record } }];
    }
    if (q !== '+' && q !== '?') return [];
    return [{ messageId: 'spf-permissive-all', data: { domain: fact.domain, record: spf.record, all: q } }];
  },
});
