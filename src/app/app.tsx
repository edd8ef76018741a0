import { useQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { EmailInput } from './features/input/email-input';
import { useEmailInput } from './features/input/use-email-input';
import { usePageDrop } from './features/input/use-page-drop';
import { LARGE_INPUT, useSettledInput } from './features/input/use-settled-input';
import { EmailPreview } from './features/preview/email-preview';
import { OutlookLinks } from './features/preview/outlook-links';
import { PreviewToolbar } from './features/preview/preview-toolbar';
import { LinksTable } from './features/links/links-table';
import { FindingsPanel } from './features/checks/findings-panel';
import { SummaryBar } from './features/checks/summary-bar';
import { SourcePanel } from './features/source/source-panel';
import { SettingsPanel } from './features/settings/settings-panel';
import { toAnalyzeOptions } from './lib/settings';
import { useSettings } from './lib/use-settings';
import { ExportMenu } from './features/export/export-menu';
import { useFindingAction } from './features/fix/finding-fix';
import { FixPanel } from './features/fix/fix-panel';
import { useFixer } from './features/fix/use-fixer';
import { UtmPanel } from './features/fix/utm-panel';
import { DomainsPanel } from './features/online/domains-panel';
import { OnlineChecks } from './features/online/online-checks';
import { useOnline } from './features/online/use-online';
import { indexReport } from './lib/report-index';
import { engine } from './worker/engine-client';
import { useAnalysis } from './worker/use-analysis';
import { useShownReport } from './worker/use-shown-report';

export function App() {
  const [settings, update] = useSettings();
  const email = useEmailInput();
  const dragging = usePageDrop(email.loadFile);
  const settled = useSettledInput(email.input, email.typed);
  const options = useMemo(() => toAnalyzeOptions(settings), [settings]);
  const analysis = useAnalysis(settled, options);
  const rulesQuery = useQuery({
    queryKey: ['rules'],
    queryFn: () => engine.rules(),
    staleTime: Infinity,
  });
  const rules = useMemo(() => rulesQuery.data ?? [], [rulesQuery.data]);
  const ruleMap = useMemo(() => new Map(rules.map((r) => [r.id, r])), [rules]);

  const analysed = analysis.lastReport;
  // Online results belong to one email: a new input starts them afresh.
  const inputKey = useMemo(
    () => `${settled.name}\u0000${settled.text.length}\u0000${Math.random()}`,
    [settled],
  );
  // The online checks plan from the offline report; their facts are judged into the shown one on the page.
  const online = useOnline(analysed?.report, inputKey);
  const judged = useShownReport(analysed?.report, online.facts, options);
  const current = useMemo(
    () => (analysed && judged ? { ...analysed, report: judged } : undefined),
    [analysed, judged],
  );
  // A new report renders in an interruptible (time-sliced) pass: typing and the preview stay responsive.
  const shown = current;
  const report = shown?.report;
  const index = useMemo(() => (report ? indexReport(report) : null), [report]);
  const [selected, setSelected] = useState<string | null>(null);
  const selectedId = selected && index?.linkById.has(selected) ? selected : null;
  const select = useCallback((id: string) => setSelected(id), []);
  const outlookLinks = useMemo(() => report?.links.filter((l) => l.outlookOnly) ?? [], [report]);
  // Fixes edit the text in the box, so only a report of that very text offers them.
  const fixer = useFixer({
    input: email.input,
    replace: email.replace,
    current: analysis.outcome === analysed && !analysis.running && settled === email.input,
    shown,
    facts: online.facts,
  });
  const findingAction = useFindingAction(fixer);

  const problem =
    email.fileMessage ??
    (analysis.outcome?.kind === 'input-error' ? analysis.outcome.message : null) ??
    (analysis.error ? analysis.error.message : null);

  return (
    <div className="min-h-screen bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      {dragging ? (
        <div className="pointer-events-none fixed inset-0 z-50 flex items-center justify-center bg-blue-600/20 text-2xl font-semibold">
          Drop the email file to inspect it
        </div>
      ) : null}
      <header className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-300 px-4 py-2 dark:border-slate-700">
        <h1 className="text-xl font-bold">Email Link Inspector</h1>
        <div className="flex flex-wrap items-center gap-2">
          {shown ? <ExportMenu shown={shown} facts={online.facts} /> : null}
          <label className="text-sm">
            Theme{' '}
            <select
              className="rounded border border-slate-300 bg-white px-1 py-1 dark:border-slate-600 dark:bg-slate-900"
              value={settings.theme}
              onChange={(e) => update({ theme: e.target.value as typeof settings.theme })}
            >
              <option value="system">system</option>
              <option value="light">light</option>
              <option value="dark">dark</option>
            </select>
          </label>
        </div>
      </header>
      <main className="grid gap-4 p-4 lg:grid-cols-[minmax(18rem,30%)_minmax(0,1fr)]">
        <div className="flex min-w-0 flex-col gap-3">
          <EmailInput
            text={email.input.text}
            name={email.input.name}
            onText={email.setText}
            onFile={(f) => void email.loadFile(f)}
            onSample={email.loadSample}
            onClear={email.clear}
          />
          {problem ? (
            <div
              role="alert"
              className="rounded border border-red-600 bg-red-50 p-2 text-sm text-red-900 dark:bg-red-950 dark:text-red-100"
            >
              {problem}
              {email.fileMessage ? (
                <button type="button" className="ml-2 underline" onClick={email.dismissMessage}>
                  Dismiss
                </button>
              ) : null}
            </div>
          ) : null}
          <div role="status" aria-live="polite" className="text-sm text-slate-600 dark:text-slate-400">
            {analysis.running ? (
              <span className="flex items-center gap-2">
                Analysing
                {analysis.phase === 'reading'
                  ? ' (reading the input)'
                  : analysis.phase === 'analysing'
                    ? ' (checking links)'
                    : ''}
                …
                {settled.text.length > LARGE_INPUT ? (
                  <progress className="w-32" aria-label="Analysis progress" />
                ) : null}
              </span>
            ) : null}
          </div>
          <SettingsPanel settings={settings} update={update} rules={rules} />
        </div>
        <div className="flex min-w-0 flex-col gap-4">
          {report && index && shown ? (
            <>
              <SummaryBar report={report} ms={shown.ms} />
              <div className="grid gap-3 xl:grid-cols-[minmax(0,1fr)_16rem]">
                <div className="min-w-0 space-y-2">
                  <PreviewToolbar settings={settings} update={update} />
                  <EmailPreview
                    html={shown.html}
                    report={report}
                    index={index}
                    remoteImages={settings.remoteImages}
                    width={settings.previewWidth}
                    selectedId={selectedId}
                    onSelect={select}
                  />
                </div>
                <aside className="space-y-3">
                  <OutlookLinks
                    links={outlookLinks}
                    index={index}
                    selectedId={selectedId}
                    onSelect={select}
                  />
                  <DomainsPanel report={report} online={online} />
                </aside>
              </div>
              <OnlineChecks report={report} online={online} inputKey={inputKey} ready={!analysis.running} />
              <section aria-label="Links list" className="space-y-2">
                <h2 className="text-lg font-semibold">Links ({report.links.length})</h2>
                <LinksTable report={report} index={index} selectedId={selectedId} onSelect={select} />
              </section>
              <FindingsPanel
                report={report}
                rules={ruleMap}
                selectedId={selectedId}
                onSelect={select}
                findingAction={findingAction}
              />
              <FixPanel fixer={fixer} input={email.input} />
              <UtmPanel fixer={fixer} />
              <SourcePanel
                html={shown.html}
                report={report}
                index={index}
                selectedId={selectedId}
                onSelect={select}
              />
            </>
          ) : (
            <section
              aria-label="Getting started"
              className="rounded border border-dashed border-slate-400 p-6"
            >
              <h2 className="text-lg font-semibold">Inspect the links of an email</h2>
              <p className="mt-2">
                Paste the HTML of an email, drop a file anywhere on the page, upload one, or try a sample. The
                email never leaves your browser.
              </p>
            </section>
          )}
        </div>
      </main>
    </div>
  );
}
