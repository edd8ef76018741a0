import { lazy, Suspense, useState } from 'react';
import type { Report } from '../../../core/types';
import type { ReportIndex } from '../../lib/report-index';

/** CodeMirror loads only when the source view is first opened. */
const SourceView = lazy(() => import('./source-view'));

interface Props {
  html: string;
  report: Report;
  index: ReportIndex;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export function SourcePanel(props: Props) {
  const [open, setOpen] = useState(false);
  return (
    <section aria-label="Source" className="space-y-2">
      <button
        type="button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
      >
        {open ? 'Hide source' : 'Show source'}
      </button>
      {open ? (
        <Suspense fallback={<p>Loading the source view…</p>}>
          <SourceView {...props} />
        </Suspense>
      ) : null}
    </section>
  );
}
