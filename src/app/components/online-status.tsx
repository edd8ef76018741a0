import type { LinkCheckFacts } from '../../core/facts';
import { checkStatusText, checkTone, hopsText, msText, TONE_STYLE } from '../lib/check-status';

/** A link's online result in one cell: final status, redirects, time. */
export function OnlineStatus({ check }: { check: LinkCheckFacts }) {
  return (
    <span title={`${hopsText(check)}, ${msText(check.ms)}${check.finalUrl ? ` → ${check.finalUrl}` : ''}`}>
      <span className={`rounded px-1 text-xs font-semibold ${TONE_STYLE[checkTone(check)]}`}>
        {checkStatusText(check)}
      </span>{' '}
      <span className="text-xs">{msText(check.ms)}</span>
    </span>
  );
}
