import type { Report } from '../../../core/types';

/** Mode, platform, tracking domains and counts by severity. */
export function SummaryBar({ report, ms }: { report: Report; ms: number }) {
  const { summary } = report;
  return (
    <section aria-label="Summary" className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
      <span>
        Mode: <strong>{report.mode}</strong>
      </span>
      <span>
        Platform: <strong>{report.esp ?? 'not recognised'}</strong>
      </span>
      <span>
        Tracking domains:{' '}
        <strong>{report.trackingDomains.length ? report.trackingDomains.join(', ') : 'none'}</strong>
      </span>
      <span>
        Links: <strong>{summary.links}</strong>
      </span>
      <span className="text-red-700 dark:text-red-300">
        Errors: <strong>{summary.errors}</strong>
      </span>
      <span className="text-amber-700 dark:text-amber-300">
        Warnings: <strong>{summary.warnings}</strong>
      </span>
      <span className="text-blue-700 dark:text-blue-300">
        Infos: <strong>{summary.infos}</strong>
      </span>
      <span className="text-slate-600 dark:text-slate-400">
        {report.input.kind === 'eml' ? 'message' : 'HTML'}, {(report.input.bytes / 1024).toFixed(1)} KB,
        analysed in {Math.round(ms)} ms
      </span>
    </section>
  );
}
