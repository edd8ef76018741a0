import { CircleCheck } from 'lucide-react';
import { memo, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Finding, Report } from '../../../core/types';
import { RuleDocButton } from '../../components/rule-doc';
import { Pin } from '../../components/pin';
import { buttonClass, TONE } from '../../components/ui';
import { impactOf, remedyOf, SEVERITY_WORD, titleOf, type RuleWords } from '../../lib/finding-words';
import type { Issue, Issues } from '../../lib/issues';
import { linkName } from '../../lib/link-name';

interface Props {
  report: Report;
  issues: Issues;
  rules: ReadonlyMap<string, RuleWords>;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** The fix button of a finding, when it has one. */
  fixAction?: (finding: Finding) => ReactNode;
  /** Fix all safe, Undo, Redo. */
  actions?: ReactNode;
  /** "Leave this domain untracked on purpose" (the settings' untracked domains). */
  onAllowUntracked?: (host: string) => void;
}

const PAGE = 25;

function subjectOf(issue: Issue, report: Report, byId: Map<string, Report['links'][number]>): string {
  const link = issue.links[0] ? byId.get(issue.links[0]) : undefined;
  if (link) {
    const more = issue.links.length - 1;
    return `“${linkName(link)}”${more > 0 ? ` and ${more} more link${more === 1 ? '' : 's'}` : ''}`;
  }
  const host = issue.finding.data?.['host'] ?? issue.finding.data?.['domain'];
  if (typeof host === 'string') return host;
  return report.input.kind === 'eml' ? 'The whole message' : 'The whole email';
}

function IssueItem({
  issue,
  report,
  byId,
  rules,
  selected,
  onSelect,
  fixAction,
  onAllowUntracked,
}: {
  issue: Issue;
  report: Report;
  byId: Map<string, Report['links'][number]>;
  rules: ReadonlyMap<string, RuleWords>;
  selected: boolean;
  onSelect: (id: string) => void;
  fixAction?: (finding: Finding) => ReactNode;
  onAllowUntracked?: (host: string) => void;
}) {
  const f = issue.finding;
  const target = issue.links[0];
  const item = useRef<HTMLLIElement>(null);
  // A link selected elsewhere (preview, table, source) brings its issue into view beside the preview.
  useEffect(() => {
    if (selected && window.matchMedia('(min-width: 1024px)').matches)
      item.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  const remedy = remedyOf(f);
  const host = f.rule === 'untracked-link' && typeof f.data?.['host'] === 'string' ? f.data['host'] : null;
  const heading = (
    <>
      <span className="block font-semibold break-words text-ink">{subjectOf(issue, report, byId)}</span>
      <span className="block text-sm break-words text-ink">{titleOf(f, rules.get(f.rule))}</span>
    </>
  );
  return (
    <li
      ref={item}
      data-issue={issue.n}
      data-issue-rule={f.rule}
      data-issue-link={f.link ?? ''}
      className={`rounded-control border p-3 ${selected ? 'border-brand bg-brand-soft' : 'border-line bg-surface'}`}
    >
      <div className="flex items-start gap-3">
        <Pin n={issue.n} severity={f.severity} />
        <div className="min-w-0 flex-1">
          {target ? (
            <button
              type="button"
              className="w-full text-left hover:underline"
              aria-pressed={selected}
              onClick={() => onSelect(target)}
            >
              {heading}
            </button>
          ) : (
            <div>{heading}</div>
          )}
          <p className="mt-1 text-sm break-words text-ink-muted">{impactOf(f)}</p>
          {remedy ? (
            <p className="mt-1 text-sm break-words">
              <span className="font-medium">What to do: </span>
              {remedy}
            </p>
          ) : null}
          <div className="mt-2 flex flex-wrap items-center gap-2">
            {fixAction?.(f)}
            {host && onAllowUntracked ? (
              <button
                type="button"
                className={buttonClass('secondary', 'sm')}
                onClick={() => onAllowUntracked(host)}
              >
                Leave {host} untracked on purpose
              </button>
            ) : null}
          </div>
          <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-2xs text-ink-muted">
            <span className={`rounded-full border px-1.5 font-medium ${TONE[f.severity]}`}>
              {SEVERITY_WORD[f.severity]}
            </span>
            <span className="font-mono">{f.rule}</span>
            {f.line > 0 ? <span>line {f.line}</span> : null}
            <RuleDocButton ruleId={f.rule} />
          </p>
        </div>
      </div>
    </li>
  );
}

/**
 * The issues, grouped by what they do to the campaign, worst first; each named
 * by its link's text, with what happens, what to do and its fix. The numbers
 * are the pins on the preview.
 */
export const IssuesPanel = memo(function IssuesPanel({
  report,
  issues,
  rules,
  selectedId,
  onSelect,
  fixAction,
  actions,
  onAllowUntracked,
}: Props) {
  const [shown, setShown] = useState<Record<string, number>>({});
  const byId = new Map(report.links.map((l) => [l.id, l]));
  const total = issues.groups.reduce((n, g) => n + g.issues.length, 0);
  return (
    <section
      id="issues"
      aria-labelledby="issues-title"
      tabIndex={-1}
      className="flex min-w-0 flex-col gap-3 rounded-card border border-line bg-surface p-3 shadow-card sm:p-4"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="issues-title" className="text-lg font-semibold">
          <span className="sr-only">Findings: </span>Issues <span className="text-ink-muted">({total})</span>
        </h2>
        {actions}
      </div>
      {total === 0 ? (
        <p className="flex items-center gap-2 text-ok-ink">
          <CircleCheck aria-hidden="true" className="size-5" /> No issue: every link looks fine.
        </p>
      ) : null}
      {issues.groups.map((group) => {
        const limit = shown[group.effect] ?? PAGE;
        return (
          <div key={group.effect} role="group" aria-labelledby={`effect-${group.effect}`}>
            <h3
              id={`effect-${group.effect}`}
              className="mb-2 flex items-center gap-2 text-xs font-semibold tracking-wide text-ink-muted uppercase"
            >
              {group.label} <span className="tabular-nums">({group.issues.length})</span>
            </h3>
            <ul className="flex flex-col gap-2">
              {group.issues.slice(0, limit).map((issue) => (
                <IssueItem
                  key={issue.n}
                  issue={issue}
                  report={report}
                  byId={byId}
                  rules={rules}
                  selected={issue.links[0] !== undefined && issue.links[0] === selectedId}
                  onSelect={onSelect}
                  {...(fixAction ? { fixAction } : {})}
                  {...(onAllowUntracked ? { onAllowUntracked } : {})}
                />
              ))}
            </ul>
            {group.issues.length > limit ? (
              <button
                type="button"
                className={`${buttonClass('ghost', 'sm')} mt-2`}
                onClick={() => setShown({ ...shown, [group.effect]: limit + PAGE })}
              >
                Show {Math.min(PAGE, group.issues.length - limit)} more of {group.issues.length - limit}
              </button>
            ) : null}
          </div>
        );
      })}
    </section>
  );
});
