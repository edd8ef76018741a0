import type { FactError } from '../../core/facts';
import { systemLinkKind } from '../../core/esp/system-links';
import { NON_WEB_SCHEMES } from './non-web-schemes';

/**
 * Why a URL must not be requested at all, or null: a URL the caller listed
 * in `skip`, a non-web scheme (`mailto:` and the like), or an email
 * platform's system link (unsubscribe, one-click, List-Unsubscribe,
 * preferences, web version) as the core's ESP catalogue recognises it. Link
 * checkers that GET unsubscribe links unsubscribe the reader
 * (the platforms' own documentation), so this errs on the side of not asking.
 */
export function normaliseForSkip(raw: string): string {
  try {
    return new URL(raw.trim()).href;
  } catch {
    return raw.trim();
  }
}

const KIND_NAMES: Record<string, string> = {
  unsubscribe: 'an unsubscribe link',
  'one-click-unsubscribe': 'a one-click unsubscribe link',
  'list-unsubscribe': 'a List-Unsubscribe link',
  preferences: 'a preferences link',
  'web-version': "a web-version link (the platform's own page)",
};

export function notRequestedReason(raw: string, skip: ReadonlySet<string>): FactError | null {
  const trimmed = raw.trim();
  if (skip.has(normaliseForSkip(trimmed))) {
    return { code: 'not-requested', message: 'Not requested: the URL is on the skip list' };
  }
  const lower = trimmed.toLowerCase();
  const scheme = NON_WEB_SCHEMES.find((s) => lower.startsWith(s));
  if (scheme) {
    return {
      code: 'not-requested',
      message: `Not requested: ${scheme.slice(0, -1)} links are not web pages`,
    };
  }
  if (!/^https?:/i.test(trimmed)) return null;
  const kind = systemLinkKind(trimmed);
  if (kind === null) return null;
  return {
    code: 'not-requested',
    message: `Not requested: looks like ${KIND_NAMES[kind] ?? kind}, which a request could trigger (an unsubscribe, an open)`,
  };
}
