import { useState } from 'react';
import type { Report } from '../../../core/types';
import type { RuleInfo } from '../../worker/analysis-protocol';
import { onlineMarkdown } from '../../lib/online-markdown';
import { reportToCsv } from './to-csv';
import { reportToMarkdown, summaryText } from './to-markdown';
import { reportToSarif } from './to-sarif';

const BUTTON = 'rounded-control border border-line px-2 py-1 text-sm hover:bg-surface-2  ';

function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads of the report (JSON, CSV, Markdown, SARIF) and "copy summary". */
export function ExportMenu({ report, rules }: { report: Report; rules: Map<string, RuleInfo> }) {
  const [copied, setCopied] = useState<string | null>(null);
  const base = report.input.name.replace(/\.[^.]+$/, '') || 'report';
  return (
    <div role="group" aria-label="Export" className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        className={BUTTON}
        onClick={() => download(`${base}.links.json`, 'application/json', JSON.stringify(report, null, 2))}
      >
        Export JSON
      </button>
      <button
        type="button"
        className={BUTTON}
        onClick={() => download(`${base}.links.csv`, 'text/csv', reportToCsv(report))}
      >
        Export CSV
      </button>
      <button
        type="button"
        className={BUTTON}
        onClick={() =>
          download(`${base}.links.md`, 'text/markdown', reportToMarkdown(report) + onlineMarkdown(report))
        }
      >
        Export Markdown
      </button>
      <button
        type="button"
        className={BUTTON}
        onClick={() =>
          download(`${base}.links.sarif`, 'application/sarif+json', reportToSarif(report, rules))
        }
      >
        Export SARIF
      </button>
      <button
        type="button"
        className={BUTTON}
        onClick={() => {
          navigator.clipboard.writeText(summaryText(report)).then(
            () => setCopied('Summary copied'),
            () => setCopied('Could not copy: the browser refused clipboard access'),
          );
        }}
      >
        Copy summary
      </button>
      <span aria-live="polite" className="text-sm">
        {copied}
      </span>
    </div>
  );
}
