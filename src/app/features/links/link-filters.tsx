import { useMemo } from 'react';
import type { Report } from '../../../core/types';
import type { LinkFilter } from './link-filter';

interface Props {
  report: Report;
  filter: LinkFilter;
  setFilter: (update: (f: LinkFilter) => LinkFilter) => void;
  shown: number;
}

const FIELD = 'rounded-control border border-line bg-surface px-2 py-1  ';

/** Status, rule and kind filters and a search box over the links. */
export function LinkFilters({ report, filter, setFilter, shown }: Props) {
  const ruleIds = useMemo(
    () => [...new Set(report.findings.filter((f) => f.link).map((f) => f.rule))].sort(),
    [report],
  );
  const kinds = useMemo(() => [...new Set(report.links.map((l) => l.kind))].sort(), [report]);
  return (
    <div className="mb-2 flex flex-wrap items-end gap-2 text-sm">
      <label className="flex flex-col">
        <span>Status</span>
        <select
          className={FIELD}
          value={filter.status}
          onChange={(e) => setFilter((f) => ({ ...f, status: e.target.value as LinkFilter['status'] }))}
        >
          <option value="all">all</option>
          <option value="error">error</option>
          <option value="warning">warning</option>
          <option value="info">info</option>
          <option value="ok">ok</option>
        </select>
      </label>
      <label className="flex flex-col">
        <span>Rule</span>
        <select
          className={FIELD}
          value={filter.rule}
          onChange={(e) => setFilter((f) => ({ ...f, rule: e.target.value }))}
        >
          <option value="">all</option>
          {ruleIds.map((id) => (
            <option key={id} value={id}>
              {id}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col">
        <span>Kind</span>
        <select
          className={FIELD}
          value={filter.kind}
          onChange={(e) => setFilter((f) => ({ ...f, kind: e.target.value }))}
        >
          <option value="">all</option>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </label>
      <label className="flex grow flex-col">
        <span>Search links</span>
        <input
          type="search"
          className={FIELD}
          value={filter.search}
          onChange={(e) => setFilter((f) => ({ ...f, search: e.target.value }))}
        />
      </label>
      <span aria-live="polite" className="pb-1 text-ink-muted">
        {shown} of {report.links.length} links
      </span>
    </div>
  );
}
