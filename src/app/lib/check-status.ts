import type { LinkCheckFacts } from '../../core/facts';
import { checkVerdict } from '../../core/verdict';

/** One short word for a link check: the final status, or why there is none. */
export function checkStatusText(check: LinkCheckFacts): string {
  if (check.error) return check.error.code === 'not-requested' ? 'not requested' : check.error.code;
  return check.finalStatus !== null ? String(check.finalStatus) : 'no answer';
}

/** The colour of a check: the core's verdict on it (a bot wall or a link not requested is not an error). */
export function checkTone(check: LinkCheckFacts): 'ok' | 'warning' | 'error' {
  const verdict = checkVerdict(check);
  return verdict === 'info' ? 'ok' : verdict;
}

export const TONE_STYLE: Record<'ok' | 'warning' | 'error', string> = {
  ok: 'bg-green-100 text-green-900 dark:bg-green-900 dark:text-green-100',
  warning: 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100',
  error: 'bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100',
};

export function hopsText(check: LinkCheckFacts): string {
  const redirects = Math.max(0, check.hops.length - 1);
  return `${redirects} redirect${redirects === 1 ? '' : 's'}`;
}

export function msText(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}
