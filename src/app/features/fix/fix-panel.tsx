import { Copy, Download } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../components/ui';
import { downloadFile, fixedName } from '../../lib/download';
import type { StoredInput } from '../../lib/persist';
import { DiffView } from './diff-view';
import type { Fixer } from './use-fixer';

/** The changes of the last fix step, download and copy of the fixed email. */
export function FixPanel({ fixer, input }: { fixer: Fixer; input: StoredInput }) {
  const [copied, setCopied] = useState<string | null>(null);
  const { fixes, history } = fixer;
  const safe = fixes?.filter((f) => f.safe).length ?? 0;
  const risky = (fixes?.length ?? 0) - safe;
  // Downloadable once a step applied: the box then holds HTML (an .eml became its fixed HTML part).
  // Another email loaded since (a new name) is not "the fixed email": its download waits for its own fix.
  const last = history.last !== null && history.last.after.name === input.name ? history.last : null;
  const fixedHtml = last !== null && input.kind !== 'eml' && !/\.eml$/i.test(input.name);
  return (
    <section aria-label="Fixes" className="space-y-3">
      <p className="text-sm">
        {fixes === null
          ? 'Looking for fixes…'
          : fixes.length === 0
            ? 'No issue has an automatic fix.'
            : `${safe} safe fix${safe === 1 ? '' : 'es'} offered${risky > 0 ? `; ${risky} more change what a link does (apply those one by one in the issues list)` : ''}.`}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <Button
          disabled={!fixedHtml}
          onClick={() => downloadFile(fixedName(input.name), 'text/html', input.text)}
        >
          <Download aria-hidden="true" className="size-4" />
          Download fixed email
        </Button>
        <Button
          disabled={!fixedHtml}
          onClick={() => {
            navigator.clipboard.writeText(input.text).then(
              () => setCopied('Fixed HTML copied'),
              () => setCopied('Could not copy: the browser refused clipboard access'),
            );
          }}
        >
          <Copy aria-hidden="true" className="size-4" />
          Copy fixed HTML
        </Button>
        <span role="status" aria-live="polite" className="text-sm">
          {copied}
        </span>
      </div>
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
      ) : (
        <p className="text-sm text-ink-muted">
          No change yet: a fix from the issues list shows its change here.
        </p>
      )}
    </section>
  );
}
