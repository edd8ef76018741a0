import { useState } from 'react';
import type { StoredInput } from '../../lib/persist';
import { DiffView } from './diff-view';
import type { Fixer } from './use-fixer';

const BUTTON =
  'rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';

function downloadName(name: string): string {
  return `${name.replace(/(\.fixed)?\.(html?|eml|txt|msg)$/i, '') || 'email'}.fixed.html`;
}

function download(name: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: 'text/html' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Fix all safe", the changes of the last fix step, undo/redo, download and copy of the fixed email. */
export function FixPanel({ fixer, input }: { fixer: Fixer; input: StoredInput }) {
  const [copied, setCopied] = useState<string | null>(null);
  const { fixes, history, ready } = fixer;
  const safe = fixes?.filter((f) => f.safe).length ?? 0;
  const risky = (fixes?.length ?? 0) - safe;
  // Downloadable once a step applied: the box then holds HTML (an .eml became its fixed HTML part).
  // Another email loaded since (a new name) is not "the fixed email": its download waits for its own fix.
  const last = history.last !== null && history.last.after.name === input.name ? history.last : null;
  const fixedHtml = last !== null && input.kind !== 'eml' && !/\.eml$/i.test(input.name);
  return (
    <section
      aria-label="Fixes"
      className="space-y-2 rounded border border-slate-300 p-2 dark:border-slate-600"
    >
      <h2 className="text-lg font-semibold">Fixes</h2>
      <p className="text-sm">
        {fixes === null
          ? 'Looking for fixes…'
          : fixes.length === 0
            ? 'No finding has an automatic fix.'
            : `${safe} safe fix${safe === 1 ? '' : 'es'} offered${risky > 0 ? `; ${risky} more change what a link does (fix those one by one in Findings)` : ''}.`}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={BUTTON} disabled={!ready || safe === 0} onClick={fixer.fixAllSafe}>
          Fix all safe
        </button>
        <button
          type="button"
          className={BUTTON}
          disabled={!history.canUndo || fixer.busy}
          onClick={history.undo}
        >
          Undo
        </button>
        <button
          type="button"
          className={BUTTON}
          disabled={!history.canRedo || fixer.busy}
          onClick={history.redo}
        >
          Redo
        </button>
        <button
          type="button"
          className={BUTTON}
          disabled={!fixedHtml}
          onClick={() => download(downloadName(input.name), input.text)}
        >
          Download fixed email
        </button>
        <button
          type="button"
          className={BUTTON}
          disabled={!fixedHtml}
          onClick={() => {
            navigator.clipboard.writeText(input.text).then(
              () => setCopied('Fixed HTML copied'),
              () => setCopied('Could not copy: the browser refused clipboard access'),
            );
          }}
        >
          Copy fixed HTML
        </button>
      </div>
      <p role="status" aria-live="polite" className="text-sm">
        {fixer.message} {copied}
      </p>
      {last ? (
        <>
          {last.before.text !== last.htmlBefore ? (
            <p className="text-sm">
              The message&apos;s HTML part, fixed, replaced the message in the box; Undo brings the message
              back.
            </p>
          ) : null}
          <DiffView before={last.htmlBefore} after={last.htmlAfter} label={last.label} />
        </>
      ) : null}
    </section>
  );
}
