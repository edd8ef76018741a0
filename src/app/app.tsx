import { useQuery } from '@tanstack/react-query';
import * as Tabs from '@radix-ui/react-tabs';
import {
  lazy,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { Finding } from '../core/types';
import { InputBar } from './features/input/input-bar';
import { isBulkEdit, useEmailInput } from './features/input/use-email-input';
import { usePageDrop } from './features/input/use-page-drop';
import { LARGE_INPUT, useSettledInput } from './features/input/use-settled-input';
import { EmailPreview, GMAIL_CLIP_BYTES } from './features/preview/email-preview';
import { OutlookLinks } from './features/preview/outlook-links';
import { sanitizeEmail } from './features/preview/prepare-preview-html';
import { PreviewToolbar } from './features/preview/preview-toolbar';
import { usePreviewFirst } from './features/preview/use-preview-first';
import { LinksTable } from './features/links/links-table';
import { IssuesPanel } from './features/issues/issues-panel';
import { LinkIssues } from './features/issues/link-issues';
import { Verdict } from './features/verdict/verdict';
import { SourcePanel } from './features/source/source-panel';
import { DownloadReport } from './features/report/download-report';
import { useFindingAction } from './features/fix/finding-fix';
import { useFixer } from './features/fix/use-fixer';
import { FixActions } from './features/fix/fix-actions';
import { useOnline } from './features/online/use-online';
import { AppHeader } from './components/app-header';
import { SkipLinks } from './components/skip-links';
import { issuesOf } from './lib/issues';
import { indexOf } from './lib/report-index';
import { toAnalyzeOptions } from './lib/settings';
import { useSettings } from './lib/use-settings';
import { engine } from './worker/engine-client';
import { analysisJob, useAnalysis } from './worker/use-analysis';
import { useShownReport } from './worker/use-shown-report';

// The secondary panels load after the first paint (their code is not in the first bundle).
const SettingsPanel = lazy(() =>
  import('./features/settings/settings-panel').then((m) => ({ default: m.SettingsPanel })),
);
const ExportMenu = lazy(() =>
  import('./features/export/export-menu').then((m) => ({ default: m.ExportMenu })),
);
const PrivacySection = lazy(() =>
  import('./features/privacy/privacy-section').then((m) => ({ default: m.PrivacySection })),
);
const FixPanel = lazy(() => import('./features/fix/fix-panel').then((m) => ({ default: m.FixPanel })));
const UtmPanel = lazy(() => import('./features/fix/utm-panel').then((m) => ({ default: m.UtmPanel })));
const DomainsPanel = lazy(() =>
  import('./features/online/domains-panel').then((m) => ({ default: m.DomainsPanel })),
);
const OnlineChecks = lazy(() =>
  import('./features/online/online-checks').then((m) => ({ default: m.OnlineChecks })),
);
const ComparePanel = lazy(() =>
  import('./features/compare/compare-panel').then((m) => ({ default: m.ComparePanel })),
);
const LOADING = <p className="text-sm text-ink-muted">Loading…</p>;

/** Panels whose content stays mounted while another tab is shown (the links table; the automatic online check). */
const ALWAYS_MOUNTED = new Set(['links', 'online']);

/** A secondary panel below the preview. Other parts of the page add theirs to this list. */
interface Panel {
  id: string;
  label: string;
  render: () => ReactNode;
}

/** The downloaded report marks pinned links itself (data-eli-pin, the status badge kept). */
const NO_PINS: ReadonlyMap<string, { n: number }> = new Map();

const TAB =
  'inline-flex h-9 items-center gap-1.5 border-b-2 border-transparent px-3 text-sm font-medium whitespace-nowrap text-ink-muted hover:text-ink data-[state=active]:border-brand data-[state=active]:text-ink';

export function App() {
  const [settings, update] = useSettings();
  const email = useEmailInput();
  const dragging = usePageDrop(email.loadFile);
  const settled = useSettledInput(email.input, email.typed);
  const options = useMemo(() => toAnalyzeOptions(settings), [settings]);
  const analysis = useAnalysis(settled, options);
  const { setText } = email;
  const onText = useCallback(
    (text: string, inputType?: string, replacedAll?: boolean) => {
      const next = setText(text, inputType, replacedAll);
      // A paste is analysed from its own event, while the page renders it (useAnalysis then takes that analysis).
      if (isBulkEdit(inputType) && next.text.trim() !== '') engine.prefetch(analysisJob(next, options));
    },
    [setText, options],
  );
  const rulesQuery = useQuery({
    queryKey: ['rules'],
    queryFn: () => engine.rules(),
    staleTime: Infinity,
  });
  const rules = useMemo(() => rulesQuery.data ?? [], [rulesQuery.data]);
  const ruleMap = useMemo(() => new Map(rules.map((r) => [r.id, r])), [rules]);

  // A new report goes to the preview first (see usePreviewFirst), then to the rest of the page, which
  // renders it in the background (a deferred value: interruptible, in slices), not in one long task; until
  // it has, `analysed` is the report before it (the automatic online check waits for it).
  const latest = analysis.lastReport;
  const previewFirst = usePreviewFirst(latest);
  const analysed = useDeferredValue(previewFirst.forPage);
  // Online checks belong to one email: a new input starts them afresh.
  const inputKey = useMemo(
    () => `${settled.name}\u0000${settled.text.length}\u0000${Math.random()}`,
    [settled],
  );
  // They plan from the offline report; their facts are judged into the shown one here on the page
  // (withFacts, no worker round trip, no second parse).
  const online = useOnline(analysed?.report, inputKey);
  const judged = useShownReport(analysed?.report, online.facts, options);
  const shown = useMemo(
    () => (analysed && judged ? { ...analysed, report: judged } : undefined),
    [analysed, judged],
  );
  const report = shown?.report;
  const index = useMemo(() => (report ? indexOf(report) : null), [report]);
  const issues = useMemo(() => (report ? issuesOf(report, ruleMap) : null), [report, ruleMap]);
  // A new report reaches the preview at once (the offline report's marks), and the shown report (online
  // facts judged in) once the rest of the page has it.
  const previewShown = latest && latest !== analysed ? latest : shown;
  const preview = useMemo(
    () =>
      previewShown && {
        html: previewShown.html,
        report: previewShown.report,
        index: indexOf(previewShown.report),
        issues: issuesOf(previewShown.report, ruleMap),
      },
    [previewShown, ruleMap],
  );
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
    generation: email.generation,
  });
  const fixAction = useFindingAction(fixer);
  const [tab, setTab] = useState('links');
  const [outlook, setOutlook] = useState(false);
  const [gmailCut, setGmailCut] = useState(true);
  // Another email: nothing chosen for the previous one stays (the selected link, the Outlook view),
  // and its links table is in view.
  useEffect(() => {
    setSelected(null);
    setOutlook(false);
    setTab('links');
  }, [email.generation]);

  const allowUntracked = useCallback(
    (host: string) => {
      if (!settings.allowUntracked.includes(host))
        update({ allowUntracked: [...settings.allowUntracked, host] });
    },
    [settings.allowUntracked, update],
  );
  const renderIssues = useCallback(
    (findings: Finding[]) =>
      issues ? (
        <LinkIssues findings={findings} issues={issues} rules={ruleMap} fixAction={fixAction} />
      ) : null,
    [issues, ruleMap, fixAction],
  );
  const preparePreview = useCallback(async (): Promise<string | null> => {
    if (!shown || !index || !issues) return null;
    const root = await sanitizeEmail(shown.html, shown.report, index.statusById, NO_PINS, false, () => false);
    if (!root) return null;
    for (const el of root.querySelectorAll<HTMLElement>('[data-link-id]')) {
      const pin = issues.pins.get(el.dataset['linkId'] ?? '');
      if (pin) el.setAttribute('data-eli-pin', String(pin.n));
      el.removeAttribute('tabindex');
      el.removeAttribute('role');
    }
    return root.outerHTML;
  }, [shown, index, issues]);

  const problem =
    email.fileMessage ??
    (analysis.outcome?.kind === 'input-error' ? analysis.outcome.message : null) ??
    (analysis.error ? analysis.error.message : null);

  // The preview's email: the Gmail toggle sits beside it.
  const overGmail = preview ? preview.report.input.htmlBytes > GMAIL_CLIP_BYTES : false;
  const panels: Panel[] =
    report && index && shown
      ? [
          {
            id: 'links',
            label: `Links (${report.links.length})`,
            render: () => (
              <div id="links" tabIndex={-1} className="space-y-4">
                <LinksTable report={report} index={index} selectedId={selectedId} onSelect={select} />
                {outlookLinks.length > 0 ? (
                  <OutlookLinks
                    links={outlookLinks}
                    index={index}
                    selectedId={selectedId}
                    onSelect={select}
                  />
                ) : null}
              </div>
            ),
          },
          {
            id: 'online',
            label: 'Where links go',
            render: () => (
              <div className="grid gap-4 xl:grid-cols-[minmax(0,1fr)_minmax(0,24rem)]">
                <OnlineChecks
                  report={report}
                  online={online}
                  inputKey={inputKey}
                  ready={!analysis.running && analysed === analysis.lastReport}
                />
                <DomainsPanel
                  key={`${email.generation}\u0000${report.sender?.domain ?? ''}`}
                  report={report}
                  online={online}
                />
              </div>
            ),
          },
          {
            id: 'source',
            label: 'Source',
            render: () => (
              <SourcePanel
                html={shown.html}
                report={report}
                index={index}
                selectedId={selectedId}
                onSelect={select}
              />
            ),
          },
          {
            id: 'privacy',
            label: 'Privacy tools',
            render: () => <PrivacySection report={report} rules={options.rules ?? {}} />,
          },
          { id: 'utm', label: 'UTM builder', render: () => <UtmPanel fixer={fixer} /> },
          { id: 'changes', label: 'Changes', render: () => <FixPanel fixer={fixer} input={email.input} /> },
          {
            id: 'compare',
            label: report.input.kind === 'eml' ? 'Compare with the template' : 'Compare with the sent email',
            render: () => (
              <ComparePanel
                text={email.input.text}
                name={email.input.name}
                kind={report.input.kind}
                options={options}
              />
            ),
          },
          {
            id: 'exports',
            label: 'Exports',
            render: () => <ExportMenu shown={shown} facts={online.facts} />,
          },
        ]
      : [];

  const showLinks = useCallback(() => {
    setTab('links');
    requestAnimationFrame(() => document.getElementById('links')?.focus());
  }, []);

  return (
    <div className="min-h-screen bg-page text-ink">
      <SkipLinks hasReport={report !== undefined} onLinks={showLinks} />
      {dragging ? (
        <div className="pointer-events-none fixed inset-0 z-50 flex items-center justify-center bg-brand/20 text-2xl font-semibold">
          Drop the email file to inspect it
        </div>
      ) : null}
      <AppHeader
        settings={settings}
        update={update}
        settingsPanel={
          <Suspense fallback={LOADING}>
            <SettingsPanel settings={settings} update={update} rules={rules} />
          </Suspense>
        }
        actions={
          report && issues ? (
            <DownloadReport
              report={report}
              issues={issues}
              rules={ruleMap}
              text={email.input.text}
              preparePreview={preparePreview}
            />
          ) : null
        }
      />
      <main className="mx-auto flex max-w-[100rem] flex-col gap-3 p-3 sm:gap-4 sm:p-4">
        <InputBar
          text={email.input.text}
          name={email.input.name}
          kind={report && email.input.text !== '' ? report.input.kind : null}
          onText={onText}
          onFile={(f) => void email.loadFile(f)}
          onSample={email.loadSample}
          onClear={email.clear}
        />
        {problem ? (
          <div
            role="alert"
            className="flex flex-wrap items-center gap-2 rounded-control border border-error-line bg-error-soft p-3 text-sm text-error-ink"
          >
            <span className="min-w-0 flex-1">{problem}</span>
            {email.fileMessage ? (
              <button type="button" className="underline" onClick={email.dismissMessage}>
                Dismiss
              </button>
            ) : null}
          </div>
        ) : null}
        <div role="status" aria-live="polite" className="text-sm text-ink-muted empty:hidden">
          {analysis.running ? (
            <span className="flex items-center gap-2">
              Checking the links
              {analysis.phase === 'reading' ? ' (reading the email)' : ''}…
              {settled.text.length > LARGE_INPUT ? (
                <progress className="w-32" aria-label="Analysis progress" />
              ) : null}
            </span>
          ) : null}
        </div>
        {report && index && shown && issues ? (
          <>
            <Verdict report={report} issues={issues} text={email.input.text} />
            <div className="grid gap-3 sm:gap-4 lg:grid-cols-[minmax(22rem,30rem)_minmax(0,1fr)]">
              <div className="min-w-0 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
                <IssuesPanel
                  report={report}
                  issues={issues}
                  rules={ruleMap}
                  selectedId={selectedId}
                  onSelect={select}
                  fixAction={fixAction}
                  onAllowUntracked={allowUntracked}
                  actions={<FixActions fixer={fixer} onShowChanges={() => setTab('changes')} />}
                />
              </div>
              <section
                id="preview"
                tabIndex={-1}
                aria-label="Preview"
                className="flex min-w-0 flex-col gap-2 rounded-card border border-line bg-surface p-3 shadow-card sm:p-4"
              >
                <h2 className="sr-only">Preview</h2>
                <PreviewToolbar
                  settings={settings}
                  update={update}
                  outlook={outlook}
                  setOutlook={setOutlook}
                  gmailCut={overGmail ? gmailCut : null}
                  setGmailCut={setGmailCut}
                  hasOutlookLinks={outlookLinks.length > 0}
                />
                {preview ? (
                  <EmailPreview
                    html={preview.html}
                    report={preview.report}
                    index={preview.index}
                    remoteImages={settings.remoteImages}
                    width={settings.previewWidth}
                    outlook={outlook}
                    gmailCut={overGmail && gmailCut}
                    issues={preview.issues}
                    renderIssues={renderIssues}
                    selectedId={selectedId}
                    onSelect={select}
                    onShown={previewFirst.shown}
                  />
                ) : null}
              </section>
            </div>
            <Tabs.Root
              value={tab}
              onValueChange={setTab}
              className="min-w-0 rounded-card border border-line bg-surface shadow-card"
            >
              <Tabs.List
                aria-label="More about this email"
                className="flex overflow-x-auto border-b border-line px-2"
              >
                {panels.map((p) => (
                  <Tabs.Trigger key={p.id} value={p.id} className={TAB}>
                    {p.label}
                  </Tabs.Trigger>
                ))}
              </Tabs.List>
              {panels.map((p) => (
                <Tabs.Content
                  key={p.id}
                  value={p.id}
                  forceMount={ALWAYS_MOUNTED.has(p.id) ? true : undefined}
                  className="min-w-0 p-3 data-[state=inactive]:hidden sm:p-4"
                >
                  <Suspense fallback={LOADING}>{p.render()}</Suspense>
                </Tabs.Content>
              ))}
            </Tabs.Root>
          </>
        ) : null}
      </main>
    </div>
  );
}
