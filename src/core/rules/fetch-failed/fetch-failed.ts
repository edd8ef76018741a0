import { defineOnlineRule } from '../define-rule';
import { lastHop } from '../link-chain';

/** Error codes other rules report. */
const REPORTED_ELSEWHERE: ReadonlySet<string> = new Set([
  'not-requested',
  'blocked-target',
  'dns-nxdomain',
  'redirect-loop',
  'too-many-redirects',
  'aborted',
]);

const WHAT: Record<string, string> = {
  timeout: 'timed out',
  deadline: 'did not finish before the chain deadline',
  'connection-reset': 'the connection was reset',
  'connection-refused': 'the connection was refused',
  'tls-handshake': 'the TLS handshake failed',
  'malformed-response': 'the response was malformed',
  'invalid-url': 'the URL is not valid',
};

export const fetchFailed = defineOnlineRule({
  id: 'fetch-failed',
  defaultSeverity: 'error',
  category: 'redirects',
  summary: 'Timeout, connection reset, TLS handshake failure or a malformed response.',
  effect: 'broken-or-risky',
  title: 'Website did not answer',
  impact:
    'The website did not answer properly (it timed out or closed the connection), so readers may not reach the page either.',
  remedy: 'Open the link yourself and check that the website is up.',
  fixHint: 'Open the link by hand; check the site is up',
  severityRationale:
    'Error: the site did not answer the check properly, so readers are likely to hit the same failure.',
  messages: {
    'fetch-failed': {
      text: (d) => {
        const code = String(d['code']);
        const what =
          WHAT[code] ?? (code.startsWith('dns-') ? 'the DNS look-up failed' : 'the request failed');
        return `Fetch failed: ${what} (${String(d['error'])})`;
      },
    },
  },
  judgeLink(fact) {
    const error = fact.error;
    if (!error || REPORTED_ELSEWHERE.has(error.code)) return [];
    return [
      {
        messageId: 'fetch-failed',
        data: { url: fact.url, code: error.code, error: error.message },
        hop: lastHop(fact),
      },
    ];
  },
});
