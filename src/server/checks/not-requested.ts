import type { FactError } from '../../core/facts';
import { NON_WEB_SCHEMES, UNSUBSCRIBE_URL_PATTERNS } from './unsubscribe-url-patterns';

/**
 * Why a URL must not be requested at all, or null: a non-web scheme
 * (`mailto:` and the like), an unsubscribe / one-click / list-unsubscribe /
 * preferences link, or a URL the caller listed in `skip`.
 */
export function normaliseForSkip(raw: string): string {
  try {
    return new URL(raw.trim()).href;
  } catch {
    return raw.trim();
  }
}

export function notRequestedReason(raw: string, skip: ReadonlySet<string>): FactError | null {
  const trimmed = raw.trim();
  if (skip.has(normaliseForSkip(trimmed))) {
    return { code: 'not-requested', message: 'Not requested: the URL is on the skip list' };
  }
  const lower = trimmed.toLowerCase();
  const scheme = NON_WEB_SCHEMES.find((s) => lower.startsWith(s));
  if (scheme)
    return {
      code: 'not-requested',
      message: `Not requested: ${scheme.slice(0, -1)} links are not web pages`,
    };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const pathAndQuery = `${url.pathname}${url.search}`;
  let decoded = pathAndQuery;
  try {
    decoded = decodeURIComponent(pathAndQuery);
  } catch {
    // Keep the raw form when it is not valid percent-encoding.
  }
  for (const p of UNSUBSCRIBE_URL_PATTERNS) {
    if (p.pattern.test(decoded)) {
      return {
        code: 'not-requested',
        message: `Not requested: looks like a ${p.kind.replace(/-/g, ' ')} link; requesting it could unsubscribe the reader`,
      };
    }
  }
  return null;
}
