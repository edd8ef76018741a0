import type { Finding, ReportLink } from '../../../core/types';

interface Props {
  link: ReportLink;
  findings: Finding[];
  top: number;
  left: number;
}

/** Shown while the pointer is over a link in the preview: its href and findings. */
export function LinkHoverCard({ link, findings, top, left }: Props) {
  return (
    <div
      role="tooltip"
      className="pointer-events-none absolute z-20 max-w-md rounded border border-slate-300 bg-white p-2 text-xs shadow-lg dark:border-slate-600 dark:bg-slate-800"
      style={{ top, left: Math.max(0, left) }}
    >
      <div className="font-mono break-all">{link.href ?? '(no href)'}</div>
      {findings.length === 0 ? (
        <div className="mt-1 text-green-700 dark:text-green-400">No findings</div>
      ) : (
        <ul className="mt-1 list-disc pl-4">
          {findings.map((f, i) => (
            <li key={i}>
              <span className="font-semibold">{f.rule}</span> ({f.severity}): {f.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
