import { lazy, Suspense, useState } from 'react';
import type { SourceViewProps } from './source-view';

/** CodeMirror loads only when the source view is first opened. */
const SourceView = lazy(() => import('./source-view'));

export function SourcePanel(props: SourceViewProps) {
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
