import { useMemo } from 'react';
import { diffRows } from './diff-rows';

const MAX_ROWS = 400;

/** The change a fix step made, side by side (stacked on narrow screens): before on the left, after on the right. */
export function DiffView({ before, after, label }: { before: string; after: string; label: string }) {
  const rows = useMemo(() => diffRows(before, after), [before, after]);
  const changed = rows.filter((r) => r.kind === 'changed').length;
  return (
    <section aria-label="Changes" className="space-y-1">
      <h3 className="font-semibold">
        Changes: {label} ({changed} line{changed === 1 ? '' : 's'})
      </h3>
      {changed === 0 ? <p className="text-sm">No change to the text.</p> : null}
      <div
        tabIndex={0}
        role="group"
        aria-label="Changed lines"
        className="max-h-80 overflow-auto rounded-control border border-line"
      >
        <table className="w-full table-fixed border-collapse font-mono text-xs">
          <thead>
            <tr className="bg-surface-2">
              <th scope="col" className="w-10 px-1 text-right">
                #
              </th>
              <th scope="col" className="px-1 text-left">
                Before
              </th>
              <th scope="col" className="w-10 px-1 text-right">
                #
              </th>
              <th scope="col" className="px-1 text-left">
                After
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, MAX_ROWS).map((row, i) =>
              row.kind === 'gap' ? (
                <tr key={i} className="text-ink-muted">
                  <td colSpan={4} className="px-1">
                    ⋯
                  </td>
                </tr>
              ) : (
                <tr key={i} className="align-top">
                  <td className="px-1 text-right text-ink-muted">{row.beforeLine ?? ''}</td>
                  <td
                    data-diff={row.kind === 'changed' && row.before !== null ? 'removed' : undefined}
                    className={`px-1 break-all whitespace-pre-wrap ${row.kind === 'changed' && row.before !== null ? 'bg-error-soft' : ''}`}
                  >
                    {row.before ?? ''}
                  </td>
                  <td className="px-1 text-right text-ink-muted">{row.afterLine ?? ''}</td>
                  <td
                    data-diff={row.kind === 'changed' && row.after !== null ? 'added' : undefined}
                    className={`px-1 break-all whitespace-pre-wrap ${row.kind === 'changed' && row.after !== null ? 'bg-ok-soft' : ''}`}
                  >
                    {row.after ?? ''}
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
        {rows.length > MAX_ROWS ? (
          <p className="p-1 text-sm">{rows.length - MAX_ROWS} more rows not shown (download to see all).</p>
        ) : null}
      </div>
    </section>
  );
}
