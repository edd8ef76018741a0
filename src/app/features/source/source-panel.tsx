import { lazy, Suspense } from 'react';
import type { SourceViewProps } from './source-view';

/** CodeMirror loads only when the source view is first shown (its tab opened). */
const SourceView = lazy(() => import('./source-view'));

export function SourcePanel(props: SourceViewProps) {
  return (
    <section aria-label="Source" className="space-y-2">
      <Suspense fallback={<p className="text-sm text-ink-muted">Loading the source view…</p>}>
        <SourceView {...props} />
      </Suspense>
    </section>
  );
}
