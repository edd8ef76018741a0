import { memo, useMemo, useState, type ReactNode } from 'react';
import type { Finding, Report, Severity } from '../../../core/types';
import type { RuleInfo } from '../../worker/engine-api';
import { StatusBadge } from '../../components/status-badge';
import { RuleDoc } from '../../components/rule-doc';

interface Props {
  report: Report;
  rules: Map<string, RuleInfo>;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Shown after each finding (the fix button of #7). */
  findingAction?: (finding: Finding) => ReactNode;
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** Findings grouped by rule, worst first; each group opens the rule's doc. */
export const FindingsPanel = memo(function FindingsPanel({
  report,
  rules,
  selectedId,
  onSelect,
  findingAction,
}: Props) {
  const groups = useMemo(() => {
    const byRule = new Map<string, Finding[]>();
    for (const f of report.findings) {
      const list = byRule.get(f.rule);
      if (list) list.push(f);
      else byRule.set(f.rule, [f]);
    }
    const worst = (list: Finding[]): Severity =>
      list.reduce<Severity>((w, f) => (RANK[f.severity] < RANK[w] ? f.severity : w), 'info');
    return [...byRule.entries()]
      .map(([rule, findings]) => ({ rule, findings, severity: worst(findings) }))
      .sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.rule.localeCompare(b.rule));
  }, [report]);
  const [docFor, setDocFor] = useState<string | null>(null);

  return (
    <section aria-label="Findings" className="space-y-2">
      <h2 className="text-lg font-semibold">Findings ({report.findings.length})</h2>
      {groups.length === 0 ? <p>No findings: every link looks fine offline.</p> : null}
      {groups.map(({ rule, findings, severity }) => (
        <details
          key={rule}
          className="rounded border border-slate-300 dark:border-slate-600"
          open={groups.length <= 6}
        >
          <summary className="cursor-pointer px-2 py-1">
            <StatusBadge status={severity} /> <span className="font-mono">{rule}</span> ({findings.length})
            <span className="ml-2 text-sm text-slate-600 dark:text-slate-400">
              {rules.get(rule)?.summary}
            </span>
          </summary>
          <div className="px-2 pb-2">
            <button
              type="button"
              className="my-1 text-sm text-blue-700 underline dark:text-blue-300"
              aria-expanded={docFor === rule}
              onClick={() => setDocFor(docFor === rule ? null : rule)}
            >
              {docFor === rule ? 'Hide' : 'Show'} documentation of {rule}
            </button>
            {docFor === rule ? (
              <div className="my-1 rounded bg-slate-100 p-2 dark:bg-slate-800">
                <RuleDoc ruleId={rule} summary={rules.get(rule)?.summary} />
              </div>
            ) : null}
            <FindingList
              findings={findings}
              selectedId={selectedId}
              onSelect={onSelect}
              {...(findingAction ? { action: findingAction } : {})}
            />
          </div>
        </details>
      ))}
    </section>
  );
});

const PAGE = 100;

/** A rule's findings, a hundred at a time (an email with thousands of links must not render them all). */
function FindingList({
  findings,
  selectedId,
  onSelect,
  action,
}: {
  findings: Finding[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  action?: (finding: Finding) => ReactNode;
}) {
  const [shown, setShown] = useState(PAGE);
  return (
    <ul className="max-h-64 space-y-1 overflow-auto text-sm">
      {findings.slice(0, shown).map((f, i) => (
        <li key={i}>
          {f.link !== null ? (
            <button
              type="button"
              onClick={() => f.link !== null && onSelect(f.link)}
              aria-pressed={selectedId === f.link}
              className={`text-left hover:underline ${selectedId === f.link ? 'font-semibold' : ''}`}
            >
              {f.link} · line {f.line}: {f.message}
            </button>
          ) : (
            <span>
              line {f.line}: {f.message}
            </span>
          )}
          {action?.(f)}
        </li>
      ))}
      {findings.length > shown ? (
        <li>
          <button type="button" className="underline" onClick={() => setShown(shown + PAGE)}>
            Show {Math.min(PAGE, findings.length - shown)} more of {findings.length - shown}
          </button>
        </li>
      ) : null}
    </ul>
  );
}
