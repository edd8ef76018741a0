import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Report } from '../../../core/types';
import { doNotRequest } from '../../../core/online/do-not-request';
import { describeServiceError } from '../../lib/api/service-error';
import { useAutoCheck } from './auto-check';
import { ChainDrawer } from './chain-drawer';
import { checkStatusText, checkTone, hopsText, msText, TONE_STYLE } from '../../lib/check-status';
import { checkTargets, SCOPE_LABELS, type CheckScope } from './check-scope';
import type { Online } from './use-online';

const BUTTON =
  'rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';

interface Props {
  report: Report;
  online: Online;
  inputKey: string;
  /** The report is the analysis of the current input (not the previous one kept on screen). */
  ready: boolean;
}

/** "Check links online": scope, notice, progress, cancel, and each link's result with its chain. */
export function OnlineChecks({ report, online, inputKey, ready }: Props) {
  const { links } = online;
  const sent = report.mode === 'sent';
  const [scope, setScope] = useState<CheckScope | null>(null);
  const chosen: CheckScope = scope ?? (sent ? 'untracked' : 'all');
  const [auto, setAuto] = useAutoCheck();
  const [open, setOpen] = useState<string | null>(null);
  const targets = useMemo(() => checkTargets(report.links, chosen), [report.links, chosen]);
  // Opaque links that read "Unsubscribe", and the List-Unsubscribe URLs: the service must not follow them.
  const skip = useMemo(() => doNotRequest(report), [report]);
  const start = useCallback(
    () =>
      links.run(
        targets.map((t) => t.url),
        skip,
      ),
    [links, targets, skip],
  );

  // The opt-in automatic run: once per email.
  const autoRan = useRef<string | null>(null);
  useEffect(() => {
    if (!auto || !ready || autoRan.current === inputKey || targets.length === 0) return;
    autoRan.current = inputKey;
    start();
  }, [auto, ready, inputKey, targets.length, start]);

  const rows = targets.filter((t) => links.results[t.url] !== undefined);
  const openTarget = rows.find((t) => t.link.id === open);
  const openCheck = openTarget ? (openTarget.link.check ?? links.results[openTarget.url]) : undefined;

  return (
    <section
      aria-label="Online checks"
      className="space-y-2 rounded border border-slate-300 p-3 dark:border-slate-600"
    >
      <h2 className="text-lg font-semibold">Where the links really go</h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Only the link addresses are sent to the look-up service, never the email.
      </p>
      {sent ? (
        <p
          role="note"
          className="rounded border border-amber-500 bg-amber-50 p-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100"
        >
          This is a sent email: following its tracked links may register clicks in the platform&apos;s
          statistics. Check only untracked links, or only the destinations decoded from the tracked links, to
          avoid that.
        </p>
      ) : null}
      <fieldset className="text-sm">
        <legend className="font-semibold">Links to check</legend>
        {(Object.keys(SCOPE_LABELS) as CheckScope[]).map((s) => (
          <label key={s} className="mr-3 inline-flex items-center gap-1">
            <input type="radio" name="check-scope" checked={chosen === s} onChange={() => setScope(s)} />
            {SCOPE_LABELS[s]}
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={BUTTON}
          disabled={links.running || targets.length === 0}
          onClick={start}
        >
          Check links online ({targets.length})
        </button>
        {links.running ? (
          <button type="button" className={BUTTON} onClick={links.cancel}>
            Cancel
          </button>
        ) : null}
        <label className="inline-flex items-center gap-1 text-sm">
          <input type="checkbox" checked={auto} onChange={(e) => setAuto(e.target.checked)} />
          Check links automatically
        </label>
      </div>
      {links.total > 0 ? (
        <div role="status" aria-live="polite" className="flex items-center gap-2 text-sm">
          <progress aria-label="Link checks progress" max={links.total} value={links.done} className="w-40" />
          <span>
            {links.done} of {links.total} checked
            {links.cancelled ? ' — cancelled' : links.running ? '…' : ''}
          </span>
        </div>
      ) : null}
      {links.error ? (
        <div
          role="alert"
          className="rounded border border-red-600 bg-red-50 p-2 text-sm text-red-900 dark:bg-red-950 dark:text-red-100"
        >
          {describeServiceError(links.error)}
        </div>
      ) : null}
      {rows.length > 0 ? (
        <div className="max-h-80 overflow-auto">
          <table aria-label="Link checks" className="w-full text-left text-sm">
            <thead>
              <tr>
                <th className="pr-2">Link</th>
                <th className="pr-2">Checked address</th>
                <th className="pr-2">Final status</th>
                <th className="pr-2">Hops</th>
                <th className="pr-2">Time</th>
                <th className="pr-2">Problems</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.map((t) => {
                const check = t.link.check ?? links.results[t.url];
                if (!check) return null;
                return (
                  <tr
                    key={t.link.id}
                    data-link-id={t.link.id}
                    className="border-t border-slate-200 dark:border-slate-700"
                  >
                    <td className="pr-2">{t.link.id}</td>
                    <td className="max-w-[20rem] truncate pr-2 font-mono text-xs" title={t.url}>
                      {t.url}
                    </td>
                    <td className="pr-2">
                      <span
                        className={`rounded px-1.5 text-xs font-semibold ${TONE_STYLE[checkTone(check)]}`}
                      >
                        {checkStatusText(check)}
                      </span>
                    </td>
                    <td className="pr-2">{hopsText(check)}</td>
                    <td className="pr-2">{msText(check.ms)}</td>
                    <td className="pr-2 text-xs">
                      {[
                        ...new Set(
                          (check.findings ?? []).filter((f) => f.severity !== 'info').map((f) => f.rule),
                        ),
                      ].join(', ') || 'none'}
                    </td>

                    <td>
                      <button type="button" className="underline" onClick={() => setOpen(t.link.id)}>
                        Show chain<span className="sr-only"> of {t.link.id}</span>
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {openTarget && openCheck ? (
        <ChainDrawer link={openTarget.link} check={openCheck} onClose={() => setOpen(null)} />
      ) : null}
    </section>
  );
}
