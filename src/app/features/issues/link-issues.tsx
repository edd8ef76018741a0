import type { ReactNode } from 'react';
import type { Finding } from '../../../core/types';
import { Pin } from '../../components/pin';
import { RuleDocButton } from '../../components/rule-doc';
import { impactOf, remedyOf, titleOf, type RuleWords } from '../../lib/finding-words';
import type { Issues } from '../../lib/issues';

/** One link's issues, for the preview's popover: numbered as in the list, with what to do and the fix. */
export function LinkIssues({
  findings,
  issues,
  rules,
  fixAction,
}: {
  findings: Finding[];
  issues: Issues;
  rules: ReadonlyMap<string, RuleWords>;
  fixAction?: (finding: Finding) => ReactNode;
}) {
  if (findings.length === 0) return <p className="text-sm text-ok-ink">No issue: this link is fine.</p>;
  const numberOf = new Map(issues.groups.flatMap((g) => g.issues.map((i) => [i.finding, i.n] as const)));
  return (
    <ul className="flex flex-col gap-3">
      {findings.map((f, i) => (
        <li key={i} className="flex items-start gap-2">
          <Pin n={numberOf.get(f) ?? 0} severity={f.severity} />
          <div className="min-w-0 text-sm">
            <p className="font-semibold break-words">{titleOf(f, rules.get(f.rule))}</p>
            <p className="break-words text-ink-muted">{impactOf(f)}</p>
            {remedyOf(f) ? (
              <p className="break-words">
                <span className="font-medium">What to do: </span>
                {remedyOf(f)}
              </p>
            ) : null}
            <div className="mt-1 flex flex-wrap items-center gap-2">
              {fixAction?.(f)}
              <RuleDocButton ruleId={f.rule} />
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
