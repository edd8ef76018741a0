import { useCallback, useState, type ReactNode } from 'react';
import type { Finding } from '../../../core/types';
import type { Fixer } from './use-fixer';
import type { Fix } from '../../../core/edit/fix';

const BUTTON =
  'ml-2 rounded border border-slate-400 px-1 text-xs hover:bg-slate-100 disabled:opacity-50 dark:border-slate-500 dark:hover:bg-slate-800';

/**
 * The fix a finding offers. A safe fix applies at once; one that changes
 * what the link does asks first, saying what it changes.
 */
export function FindingFix({
  fix,
  disabled,
  onApply,
}: {
  fix: Fix;
  disabled: boolean;
  onApply: (fix: Fix) => void;
}) {
  const [asking, setAsking] = useState(false);
  const target = `${fix.rule} on ${fix.link ?? 'the email'}`;
  if (fix.safe) {
    return (
      <button
        type="button"
        className={BUTTON}
        disabled={disabled}
        title={fix.description}
        aria-label={`Fix ${target}: ${fix.description}`}
        onClick={() => onApply(fix)}
      >
        Fix
      </button>
    );
  }
  return (
    <span>
      <button
        type="button"
        className={`${BUTTON} border-amber-600`}
        disabled={disabled}
        aria-expanded={asking}
        aria-label={`Fix ${target}… (changes what the link does)`}
        onClick={() => setAsking(!asking)}
      >
        Fix… <span aria-hidden="true">⚠</span>
      </button>
      {asking ? (
        <span
          role="alert"
          className="mt-1 block rounded border border-amber-600 bg-amber-50 p-1 text-amber-950 dark:bg-amber-950 dark:text-amber-50"
        >
          This changes what the link does: {fix.description}.
          {fix.before && fix.after ? (
            <span className="block font-mono text-xs break-all">
              {fix.before} → {fix.after}
            </span>
          ) : null}
          <button
            type="button"
            className={BUTTON}
            disabled={disabled}
            onClick={() => {
              setAsking(false);
              onApply(fix);
            }}
          >
            Apply this change
          </button>
          <button type="button" className={BUTTON} onClick={() => setAsking(false)}>
            Cancel
          </button>
        </span>
      ) : null}
    </span>
  );
}

/** What the Findings panel shows after each finding: its fix button, when its rule offers one. */
export function useFindingAction(fixer: Fixer): (finding: Finding) => ReactNode {
  const { fixFor, ready, applyFix } = fixer;
  return useCallback(
    (finding: Finding) => {
      const fix = fixFor(finding);
      return fix ? <FindingFix fix={fix} disabled={!ready} onApply={applyFix} /> : null;
    },
    [fixFor, ready, applyFix],
  );
}
