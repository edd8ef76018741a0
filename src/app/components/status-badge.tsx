import type { LinkStatus } from '../lib/report-index';

const STYLE: Record<LinkStatus, string> = {
  ok: 'bg-green-100 text-green-900 dark:bg-green-900 dark:text-green-100',
  info: 'bg-blue-100 text-blue-900 dark:bg-blue-900 dark:text-blue-100',
  warning: 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100',
  error: 'bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100',
};

export function StatusBadge({ status }: { status: LinkStatus }) {
  return (
    <span className={`inline-block rounded px-1.5 text-xs font-semibold ${STYLE[status]}`}>{status}</span>
  );
}
