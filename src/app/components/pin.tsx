import type { Severity } from '../../core/types';

const PIN: Record<Severity, string> = {
  error: 'bg-error text-white dark:text-black',
  warning: 'bg-warning text-black',
  info: 'bg-info text-white dark:text-black',
};

/** The numbered pin of an issue: the same number marks its link on the preview. */
export function Pin({ n, severity }: { n: number; severity: Severity }) {
  return (
    <span
      aria-label={`Issue ${n}`}
      className={`inline-flex h-6 min-w-6 shrink-0 items-center justify-center rounded-full px-1.5 text-xs font-bold tabular-nums ${PIN[severity]}`}
    >
      {n}
    </span>
  );
}
