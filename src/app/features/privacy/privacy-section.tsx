import { useMemo } from 'react';
import { APPLE_SOURCES } from '../../../core/data/apple-link-tracking-protection';
import type { Report, SeveritySetting } from '../../../core/types';
import {
  summarisePrivacy,
  type Cell,
  type Outcome,
  type ToolRow,
} from '../../../core/privacy/privacy-summary';

/**
 * The Privacy tools section: for each mail client or extension that changes
 * what links and images do, what happens to THIS email's clicks, opens and
 * campaign data — in plain words, from the report alone. Self-contained: it
 * takes the report and the rule settings.
 */
const OUTCOME: Record<Outcome, { label: string; className: string }> = {
  kept: {
    label: 'Works',
    className: 'border-ok-line bg-ok-soft text-ok-ink',
  },
  partly: {
    label: 'Partly',
    className: 'border-warning-line bg-warning-soft text-warning-ink',
  },
  lost: {
    label: 'Lost',
    className: 'border-error-line bg-error-soft text-error-ink',
  },
  unknown: {
    label: 'Not checked',
    className: 'border-line bg-surface-2 text-ink-muted',
  },
};

const ASPECTS: Array<{ key: 'clicks' | 'opens' | 'data'; label: string }> = [
  { key: 'clicks', label: 'Clicks' },
  { key: 'opens', label: 'Opens' },
  { key: 'data', label: 'Campaign data' },
];

function Aspect({ label, cell }: { label: string; cell: Cell }) {
  const outcome = OUTCOME[cell.outcome];
  return (
    <div className="space-y-1">
      <dt className="flex items-center gap-2 text-sm font-medium text-ink">
        {label}
        <span
          className={`rounded border px-1.5 py-0.5 text-xs font-semibold whitespace-nowrap ${outcome.className}`}
        >
          {outcome.label}
        </span>
      </dt>
      <dd className="text-sm text-ink-muted">{cell.text}</dd>
    </div>
  );
}

function ToolCard({ row }: { row: ToolRow }) {
  return (
    <li
      className="rounded-card border border-line bg-surface p-4 shadow-card"
      aria-labelledby={`privacy-${row.id}`}
    >
      <h3 id={`privacy-${row.id}`} className="text-base font-semibold text-ink">
        {row.name}
      </h3>
      <p className="mb-3 text-xs text-ink-muted">{row.who}</p>
      <dl className="space-y-3">
        {ASPECTS.map((a) => (
          <Aspect key={a.key} label={a.label} cell={row[a.key]} />
        ))}
      </dl>
    </li>
  );
}

export function PrivacySection({
  report,
  rules = {},
}: {
  report: Report;
  rules?: Readonly<Record<string, SeveritySetting>>;
}) {
  const summary = useMemo(() => summarisePrivacy(report, (id) => rules[id] === 'off'), [report, rules]);
  const v = summary.versions;
  return (
    <section aria-labelledby="privacy-tools-heading" className="space-y-3">
      <div>
        <h2 id="privacy-tools-heading" className="text-lg font-semibold">
          Privacy tools
        </h2>
        <p className="text-sm text-ink-muted">
          What your readers’ mail apps, browsers and blockers do to this email’s clicks, opens and campaign
          data.
        </p>
      </div>
      {summary.notes.map((note) => (
        <p key={note} className="text-sm text-warning-ink">
          {note}
        </p>
      ))}
      <ul className="grid gap-3 md:grid-cols-2">
        {summary.rows.map((row) => (
          <ToolCard key={row.id} row={row} />
        ))}
      </ul>
      <details className="text-sm text-ink-muted">
        <summary className="cursor-pointer">About this data</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>
            Blockers: Ghostery’s tracker database {v?.trackerdb ?? '(not loaded)'} in the Ghostery ad-blocker
            engine {v?.adblocker ?? ''}. A link is judged as a page the reader opens, the open pixel as an
            image.
          </li>
          <li>Proton Mail: Proton’s link cleaner, tidy-url {v?.tidyUrl ?? '(not loaded)'}.</li>
          <li>
            Apple: no official list; parameters observed or reported by public tests (
            {v?.appleLinkTrackingProtection}):{' '}
            {Object.values(APPLE_SOURCES).map((s, i) => (
              <span key={s.url}>
                {i > 0 ? ', ' : ''}
                <a className="underline" href={s.url} target="_blank" rel="noreferrer">
                  {new URL(s.url).hostname.replace(/^www\./, '')}
                </a>
              </span>
            ))}
            .
          </li>
          <li>Firefox and Brave publish no parameter list this tool can use, so they are not checked.</li>
        </ul>
      </details>
    </section>
  );
}
