import { Redo2, Undo2, Wand2 } from 'lucide-react';
import { Button } from '../../components/ui';
import type { Fixer } from './use-fixer';

/** "Fix all safe", Undo and Redo, and what the last step did: at the head of the issues list. */
export function FixActions({ fixer, onShowChanges }: { fixer: Fixer; onShowChanges?: () => void }) {
  const { fixes, history, ready } = fixer;
  const safe = fixes?.filter((f) => f.safe).length ?? 0;
  return (
    <div className="flex flex-wrap items-center gap-1.5">
      <Button variant="primary" size="sm" disabled={!ready || safe === 0} onClick={fixer.fixAllSafe}>
        <Wand2 aria-hidden="true" className="size-4" />
        Fix all safe
        {safe > 0 ? <span className="tabular-nums opacity-80">({safe})</span> : null}
      </Button>
      <Button variant="ghost" size="sm" disabled={!history.canUndo || fixer.busy} onClick={history.undo}>
        <Undo2 aria-hidden="true" className="size-4" />
        Undo
      </Button>
      <Button variant="ghost" size="sm" disabled={!history.canRedo || fixer.busy} onClick={history.redo}>
        <Redo2 aria-hidden="true" className="size-4" />
        Redo
      </Button>
      <p role="status" aria-live="polite" className="w-full text-sm text-ink-muted empty:hidden">
        {fixer.message}
        {fixer.message && history.last && onShowChanges ? (
          <>
            {' '}
            <button type="button" className="text-brand-ink underline" onClick={onShowChanges}>
              Show the changes
            </button>
          </>
        ) : null}
      </p>
    </div>
  );
}
