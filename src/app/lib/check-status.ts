import type { LinkStatus } from './report-index';
import type { LinkCheckFacts } from '../../core/facts';

/** The final status of a link check in a word or two, with the HTTP code where there is one. */
export function checkStatusText(check: LinkCheckFacts): string {
  if (check.error) {
    if (check.error.code === 'not-requested') return 'Not opened';
    return ERROR_WORDS[check.error.code] ?? 'Failed';
  }
  const s = check.finalStatus;
  if (s === null) return 'No answer';
  if (s >= 200 && s < 300) return `Works (${s})`;
  if (s >= 300 && s < 400) return `Redirect not followed (${s})`;
  if (s === 404 || s === 410) return `Not found (${s})`;
  if (s === 401 || s === 403 || s === 999 || s === 429) return `Refused (${s})`;
  if (s >= 500) return `Server error (${s})`;
  return `Error (${s})`;
}

const ERROR_WORDS: Record<string, string> = {
  timeout: 'No answer in time',
  deadline: 'No answer in time',
  'dns-nxdomain': 'Address not found',
  'dns-error': 'Address not found',
  'dns-refused': 'Address look-up failed',
  'dns-servfail': 'Address look-up failed',
  'dns-timeout': 'Address look-up failed',
  'dns-unreachable': 'Address look-up failed',
  'connection-refused': 'Connection refused',
  'connection-reset': 'Connection dropped',
  unreachable: 'Site unreachable',
  'tls-handshake': 'Certificate problem',
  'too-many-redirects': 'Too many redirects',
  'redirect-loop': 'Redirect loop',
  'blocked-target': 'Not allowed to open',
  'invalid-url': 'Not a valid address',
  'malformed-response': 'Bad answer',
  'fetch-error': 'Failed',
  internal: 'Failed',
  aborted: 'Cancelled',
};

/** Why a link was not opened, in words for people. */
export function skipReason(check: LinkCheckFacts): string | null {
  if (check.error?.code !== 'not-requested') return null;
  const m = check.error.message;
  if (/skip list|unsubscribe|preference|opt.?out/i.test(m))
    return 'Unsubscribe links are never opened, so no one is unsubscribed by this check.';
  if (/not web pages/i.test(m))
    return 'Not a web page (an email address or phone number), so there is nothing to open.';
  if (/open/i.test(m)) return 'Opening it could count as an open or a click, so it is left alone.';
  return m.replace(/^Not requested:\s*/i, '');
}

export function hopsText(check: LinkCheckFacts): string {
  const redirects = Math.max(0, check.hops.length - 1);
  return redirects === 0 ? 'no redirect' : `${redirects} redirect${redirects === 1 ? '' : 's'}`;
}

export function msText(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

/** The landing page's own response time: its last hop, not the chain added up. */
export function pageMs(check: LinkCheckFacts): number | null {
  const last = check.hops.at(-1);
  return last ? last.ms : null;
}

export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return null;
  }
}

/** The site a host belongs to, near enough for "is this another site": its last two labels (three for co.uk-like). */
function siteOf(host: string): string {
  const labels = host.split('.');
  const n =
    labels.length >= 3 && (labels.at(-2)?.length ?? 0) <= 3 && (labels.at(-1)?.length ?? 0) === 2 ? 3 : 2;
  return labels.slice(-n).join('.');
}

/** A host name the link text shows ("shop.example.com", "https://…"), if it shows one. */
export function hostInText(text: string): string | null {
  const m = /(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:[/:?#]|\s|$)/i.exec(text.trim());
  return m?.[1] ? m[1].toLowerCase().replace(/^www\./, '') : null;
}

/**
 * Where a link lands when that is another site than it shows (its text's host, else its own
 * host): the landing host, or null when it stays on the same site.
 */
export function otherSite(shown: { text: string; url: string | null }, check: LinkCheckFacts): string | null {
  const landing = hostOf(check.finalUrl);
  const expected = hostInText(shown.text) ?? hostOf(shown.url);
  if (!landing || !expected) return null;
  return siteOf(landing) === siteOf(expected) ? null : landing;
}

/**
 * Worst first, by the core's verdict on the check (`checkVerdict`, its online findings):
 * problems, warnings, then links that land on another site, then the rest; links not opened last.
 */
export function checkRank(check: LinkCheckFacts, status: LinkStatus, elsewhere: boolean): number {
  if (check.error?.code === 'not-requested') return 4;
  if (status === 'error') return 0;
  if (status === 'warning') return 1;
  if (elsewhere) return 2;
  return 3;
}
