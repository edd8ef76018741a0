import type { LinkStatus } from '../lib/report-index';
import { SOLID, STATUS_WORDS, TONE } from './ui';

/** A link's status in words, with its colour as a dot (colour is never the only cue). */
export function StatusBadge({ status }: { status: LinkStatus }) {
  return (
    <span
      data-status={status}
      className={`inline-flex items-center gap-1 rounded-full border px-2 text-2xs font-semibold ${TONE[status]}`}
    >
      <span aria-hidden="true" className={`size-1.5 rounded-full ${SOLID[status]}`} />
      {STATUS_WORDS[status]}
    </span>
  );
}
