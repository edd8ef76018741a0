import { useCallback, useState, type ReactNode } from 'react';
import type { Finding } from '../../../core/types';
import type { Fixer } from './use-fixer';
import type { Fix } from '../../../core/edit/fix';
import { TriangleAlert, Wrench } from 'lucide-react';
import { buttonClass } from '../../components/ui';

const BUTTON = buttonClass('secondary', 'sm');

/**
 * The fix a finding offers. A safe fix applies at once; one that changes
 * what the link does asks first, saying what it changes.
 */
function FindingFix({
  fix,
  disabled,
  onApply,
}: {
  fix: Fix;
  disabled: boolean;
  onApply: (fix: Fix) => void;
}) {
  const [asking, setAsking] = useState(false);
  if (fix.safe) {
    return (
      <button
        type="button"
        className={BUTTON}
        disabled={disabled}
        title={fix.description}
        aria-label={`Fix: ${fix.description}`}
        onClick={() => onApply(fix)}
      >
        <Wrench aria-hidden="true" className="size-4" />
        Fix
      </button>
    );
  }
  return (
    <span className="contents">
      <button
        type="button"
        className={`${BUTTON} border-warning`}
        disabled={disabled}
        aria-expanded={asking}
        aria-label={`Fix… ${fix.description} (changes what the link does)`}
        onClick={() => setAsking(!asking)}
      >
        <TriangleAlert aria-hidden="true" className="size-4" />
        Fix…
      </button>
      {asking ? (
        <span
          role="alert"
          className="mt-2 block w-full rounded-control border border-warning-line bg-warning-soft p-2 text-sm text-warning-ink"
        >
          This changes what the link does: {fix.description}.
          {fix.before && fix.after ? (
            <span className="block font-mono text-xs break-all">
              {fix.before} → {fix.after}
            </span>
          ) : null}
          <span className="mt-2 flex flex-wrap gap-2">
            <button
              type="button"
              className={buttonClass('primary', 'sm')}
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
