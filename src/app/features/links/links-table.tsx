import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Report } from '../../../core/types';
import type { ReportIndex } from '../../lib/report-index';
import { OnlineStatus } from '../../components/online-status';
import { StatusBadge } from '../../components/status-badge';
import { NO_FILTER, filterLinks, linkLabel, type LinkFilter, type SortKey } from './link-filter';
import { LinkFilters } from './link-filters';

interface Props {
  report: Report;
  index: ReportIndex;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

const COLUMNS: Array<{ key: SortKey; label: string }> = [
  { key: 'status', label: 'Status' },
  { key: 'href', label: 'Href' },
  { key: 'text', label: 'Text / alt' },
  { key: 'kind', label: 'Kind' },
  { key: 'tracked', label: 'Tracked' },
  { key: 'line', label: 'Line' },
];
// The last column is the online check: the final status of the link's redirect chain.
const GRID = 'grid grid-cols-[5.5rem_minmax(0,2.2fr)_minmax(0,1.4fr)_5.5rem_4.5rem_3.5rem_6rem] gap-2 px-2';
const ROW_HEIGHT = 32;

/** Every link of the report: sortable, filterable, searchable, virtualised (aria-rowcount gives the total). */
export const LinksTable = memo(function LinksTable({ report, index, selectedId, onSelect }: Props) {
  const [filter, setFilter] = useState<LinkFilter>(NO_FILTER);
  const rows = useMemo(() => filterLinks(report.links, index, filter), [report, index, filter]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  const selectedIndex = useMemo(() => rows.findIndex((l) => l.id === selectedId), [rows, selectedId]);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const move = (event: KeyboardEvent<HTMLDivElement>): void => {
    const keys: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    let next: number | null = null;
    if (event.key in keys)
      next = Math.max(0, Math.min(rows.length - 1, Math.max(selectedIndex, 0) + (keys[event.key] ?? 0)));
    if (event.key === 'Home') next = 0;
    if (event.key === 'End') next = rows.length - 1;
    const link = next === null ? undefined : rows[next];
    if (!link) return;
    event.preventDefault();
    onSelect(link.id);
    requestAnimationFrame(() => {
      scroller.current?.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(link.id)}"]`)?.focus();
    });
  };

  const sortBy = (key: SortKey): void =>
    setFilter((f) => ({ ...f, sort: key, descending: f.sort === key ? !f.descending : false }));

  return (
    <div>
      <LinkFilters report={report} filter={filter} setFilter={setFilter} shown={rows.length} />
      <div className="overflow-x-auto">
        <div
          role="table"
          aria-label="Links"
          aria-rowcount={rows.length + 1}
          className="min-w-[40rem] text-sm"
        >
          <div role="rowgroup">
            <div role="row" aria-rowindex={1} className={`${GRID} border-b border-line py-1 font-semibold `}>
              {COLUMNS.map((c) => (
                <div
                  role="columnheader"
                  key={c.key}
                  aria-sort={
                    filter.sort === c.key ? (filter.descending ? 'descending' : 'ascending') : 'none'
                  }
                >
                  <button type="button" onClick={() => sortBy(c.key)} className="hover:underline">
                    {c.label}
                    {filter.sort === c.key ? (filter.descending ? ' ▼' : ' ▲') : ''}
                  </button>
                </div>
              ))}
              <div role="columnheader">Online</div>
            </div>
          </div>
          <div
            ref={scroller}
            role="rowgroup"
            className="relative overflow-auto"
            style={{ height: Math.min(20 * ROW_HEIGHT, Math.max(1, rows.length) * ROW_HEIGHT + 2) }}
            onKeyDown={move}
          >
            <div role="presentation" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {virtualizer.getVirtualItems().map((item) => {
                const link = rows[item.index];
                if (!link) return null;
                const selected = link.id === selectedId;
                const label = linkLabel(link);
                return (
                  <div
                    role="row"
                    key={link.id}
                    data-row-id={link.id}
                    aria-rowindex={item.index + 2}
                    aria-selected={selected}
                    tabIndex={selected || (selectedIndex < 0 && item.index === 0) ? 0 : -1}
                    onClick={() => onSelect(link.id)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault();
                        onSelect(link.id);
                      }
                    }}
                    className={`${GRID} absolute top-0 left-0 w-full cursor-pointer items-center border-b border-line ${selected ? 'bg-brand-soft' : 'hover:bg-surface-2'}`}
                    style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                  >
                    <div role="cell">
                      <StatusBadge status={index.statusById.get(link.id) ?? 'ok'} />
                    </div>
                    <div role="cell" className="truncate font-mono text-xs" title={link.href ?? ''}>
                      {link.href ?? <em>(no href)</em>}
                    </div>
                    <div role="cell" className="truncate" title={label}>
                      {label}
                    </div>
                    <div role="cell">{link.kind}</div>
                    <div role="cell">{link.tracked === null ? '—' : link.tracked ? 'yes' : 'no'}</div>
                    <div role="cell">{link.line}</div>
                    <div role="cell" className="truncate">
                      {link.check ? <OnlineStatus check={link.check} /> : '—'}
                    </div>
                  </div>
                );
              })}
            </div>
          </div>
        </div>
      </div>
    </div>
  );
});
