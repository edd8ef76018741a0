import type { LinkCheckFacts } from '../../core/facts';
import { checkStatusText, hopsText, msText, pageMs } from '../lib/check-status';

/**
 * A link's online result in one cell: the final status in words and the landing page's own time.
 * No colour of its own: the row's status badge is the core's verdict on the link.
 */
export function OnlineStatus({ check }: { check: LinkCheckFacts }) {
  const own = pageMs(check);
  return (
    <span title={`${hopsText(check)}${check.finalUrl ? ` → ${check.finalUrl}` : ''}`}>
      <span className="text-xs font-semibold">{checkStatusText(check)}</span>
      {own !== null && check.error === null ? <span className="text-xs"> {msText(own)}</span> : null}
    </span>
  );
}
