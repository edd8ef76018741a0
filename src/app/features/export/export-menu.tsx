import { useState } from 'react';
import type { Facts } from '../../../core/facts';
import type { Report } from '../../../core/types';
import type { ExportFormat } from '../../worker/engine-api';
import { engine } from '../../worker/engine-client';

const BUTTON = 'rounded-control border border-line px-2 py-1 text-sm hover:bg-surface-2  ';

/** Each download: the core's formatter (what the CLI's `--format` prints), its file name and type. */
const FORMATS: ReadonlyArray<{ format: ExportFormat; label: string; extension: string; type: string }> = [
  { format: 'json', label: 'Export JSON', extension: 'json', type: 'application/json' },
  { format: 'csv', label: 'Export CSV', extension: 'csv', type: 'text/csv' },
  { format: 'md', label: 'Export Markdown', extension: 'md', type: 'text/markdown' },
  { format: 'sarif', label: 'Export SARIF', extension: 'sarif', type: 'application/sarif+json' },
];

function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The summary line the "copy summary" action puts on the clipboard. */
function summaryText(report: Report): string {
  const s = report.summary;
  return (
    `${report.input.name}: ${s.links} links, ${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos ` +
    `(mode ${report.mode}, platform ${report.esp ?? 'not recognised'}, tracking domains ${report.trackingDomains.join(', ') || 'none'})`
  );
}

/**
 * Downloads of the report (JSON, CSV, Markdown, SARIF), made by the core's
 * formatters in the worker, byte for byte what the CLI prints for the same
 * file, online results included; and "copy summary".
 */
export function ExportMenu({
  shown,
  facts,
}: {
  shown: { id: number; report: Report };
  facts: Facts | undefined;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const base = shown.report.input.name.replace(/\.[^.]+$/, '') || 'report';
  const exportAs = (entry: (typeof FORMATS)[number]): void => {
    setMessage(null);
    engine.exportReport(shown.id, entry.format, facts).then(
      (content) => download(`${base}.links.${entry.extension}`, entry.type, content),
      (e: unknown) => setMessage(`Could not export: ${e instanceof Error ? e.message : String(e)}`),
    );
  };
  return (
    <div role="group" aria-label="Export" className="flex flex-wrap items-center gap-2">
      {FORMATS.map((entry) => (
        <button key={entry.format} type="button" className={BUTTON} onClick={() => exportAs(entry)}>
          {entry.label}
        </button>
      ))}
      <button
        type="button"
        className={BUTTON}
        onClick={() => {
          navigator.clipboard.writeText(summaryText(shown.report)).then(
            () => setMessage('Summary copied'),
            () => setMessage('Could not copy: the browser refused clipboard access'),
          );
        }}
      >
        Copy summary
      </button>
      <span aria-live="polite" className="text-sm">
        {message}
      </span>
    </div>
  );
}
