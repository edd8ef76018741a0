import { useCallback, useMemo, useState } from 'react';
import type { Report } from '../../../core/types';
import { doNotRequest } from '../../../core/online/do-not-request';
import { describeServiceError } from '../../lib/api/service-error';
import { useAutoCheck, useAutoRun } from './auto-check';
import { ChainDrawer } from './chain-drawer';
import {
  checkRank,
  checkStatusText,
  hopsText,
  hostOf,
  msText,
  otherSite,
  pageMs,
  skipReason,
} from '../../lib/check-status';
import { buttonClass } from '../../components/ui';
import { linkName } from '../../lib/link-name';
import { StatusBadge } from '../../components/status-badge';
import { checkVerdict } from '../../../core/verdict';
import { checkTargets, SCOPE_LABELS, type CheckScope } from './check-scope';
import type { Online } from './use-online';

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

  useAutoRun({ on: auto, ready, inputKey, targets: targets.length, start });

  // Problems first: failures, then warnings, then redirects to another site, then the rest; skipped last.
  const rows = targets
    .flatMap((t) => {
      const check = t.link.check ?? links.results[t.url];
      if (!check) return [];
      const elsewhere = otherSite(t.link, check);
      return [
        {
          ...t,
          check,
          elsewhere,
          rank: checkRank(check, checkVerdict(check), elsewhere !== null),
        },
      ];
    })
    .sort((a, b) => a.rank - b.rank);
  const openTarget = rows.find((t) => t.link.id === open);
  const openCheck = openTarget ? (openTarget.link.check ?? links.results[openTarget.url]) : undefined;

  return (
    <section aria-label="Online checks" className="min-w-0 space-y-3">
      <div>
        <h2 className="text-lg font-semibold">Where the links really go</h2>
        <p className="text-sm text-ink-muted">
          Each link is opened by the look-up service, which follows its redirects. Only the link addresses are
          sent, never the email.
        </p>
      </div>
      {sent ? (
        <p
          role="note"
          className="rounded-control border border-warning-line bg-warning-soft p-3 text-sm text-warning-ink"
        >
          This is a sent email: opening its tracked links may register clicks in the platform&apos;s
          statistics. Check only untracked links, or only the destinations decoded from the tracked links, to
          avoid that.
        </p>
      ) : null}
      <fieldset className="text-sm">
        <legend className="mb-1 font-semibold">Links to check</legend>
        <div className="flex flex-col gap-1 sm:flex-row sm:flex-wrap sm:gap-x-4">
          {(Object.keys(SCOPE_LABELS) as CheckScope[]).map((s) => (
            <label key={s} className="inline-flex items-start gap-1.5">
              <input
                type="radio"
                name="check-scope"
                className="mt-1"
                checked={chosen === s}
                onChange={() => setScope(s)}
              />
              <span>{SCOPE_LABELS[s]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={buttonClass('primary')}
          disabled={links.running || targets.length === 0}
          onClick={start}
        >
          Check links online ({targets.length})
        </button>
        {links.running ? (
          <button type="button" className={buttonClass('secondary')} onClick={links.cancel}>
            Cancel
          </button>
        ) : null}
        <label className="inline-flex items-center gap-1.5 text-sm">
          <input type="checkbox" checked={auto} onChange={(e) => setAuto(e.target.checked)} />
          Check links automatically
        </label>
      </div>
      {links.total > 0 ? (
        <div role="status" aria-live="polite" className="flex flex-wrap items-center gap-2 text-sm">
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
          className="rounded-control border border-error-line bg-error-soft p-3 text-sm text-error-ink"
        >
          {describeServiceError(links.error)}
        </div>
      ) : null}
      {rows.length > 0 ? (
        <table aria-label="Link checks" className="w-full table-fixed text-left text-sm max-md:block">
          <thead className="text-xs text-ink-muted max-md:sr-only">
            <tr>
              <th className="w-[28%] py-1 pr-2 font-medium">Link</th>
              <th className="py-1 pr-2 font-medium">Lands on</th>
              <th className="w-[11rem] py-1 pr-2 font-medium">Status</th>
              <th className="w-[6rem] py-1 pr-2 font-medium">Page time</th>
              <th className="w-[7rem] py-1 font-medium">
                <span className="sr-only">Chain</span>
              </th>
            </tr>
          </thead>
          <tbody className="max-md:flex max-md:flex-col max-md:gap-2">
            {rows.map(({ link, url, check, elsewhere }) => {
              const skipped = skipReason(check);
              const landing = hostOf(check.finalUrl);
              const title = check.hops.at(-1)?.title ?? null;
              const own = pageMs(check);
              const problems = [
                ...new Map(
                  (check.findings ?? []).filter((f) => f.severity !== 'info').map((f) => [f.rule, f]),
                ).values(),
              ];
              return (
                <tr
                  key={link.id}
                  data-link-id={link.id}
                  className="border-t border-line align-top max-md:grid max-md:grid-cols-2 max-md:gap-x-3 max-md:gap-y-1 max-md:rounded-control max-md:border max-md:p-3"
                >
                  <td className="py-2 pr-2 break-words max-md:col-span-2 max-md:py-0">
                    <span className="font-medium">“{linkName(link)}”</span>
                    <span className="block truncate font-mono text-2xs text-ink-muted" title={url}>
                      {url}
                    </span>
                  </td>
                  <td className="py-2 pr-2 break-words max-md:col-span-2 max-md:py-0">
                    {skipped ? (
                      <span className="text-ink-muted">{skipped}</span>
                    ) : check.error ? (
                      <span className="text-ink-muted">Did not reach a page: {check.error.message}</span>
                    ) : landing ? (
                      <>
                        <span className="font-medium">{landing}</span>
                        {title ? <span className="block text-ink-muted">{title}</span> : null}
                      </>
                    ) : (
                      <span className="text-ink-muted">Nowhere: the chain did not end on a page</span>
                    )}
                    {elsewhere && !skipped ? (
                      <span className="mt-1 block rounded-control border border-warning-line bg-warning-soft px-2 py-0.5 text-xs text-warning-ink">
                        Goes to another site than it shows: {elsewhere}
                      </span>
                    ) : null}
                    {problems.map((f) => (
                      <span key={f.rule} className="mt-1 block text-xs text-ink">
                        {f.message} <span className="font-mono text-2xs text-ink-muted">{f.rule}</span>
                      </span>
                    ))}
                  </td>
                  <td className="py-2 pr-2 max-md:py-0">
                    <span className="block text-xs font-semibold">{checkStatusText(check)}</span>
                    {!skipped ? <StatusBadge status={checkVerdict(check)} /> : null}
                    {!skipped ? (
                      <span className="block text-2xs text-ink-muted">{hopsText(check)}</span>
                    ) : null}
                  </td>
                  <td className="py-2 pr-2 tabular-nums max-md:py-0">
                    {own !== null && !check.error ? msText(own) : '—'}
                  </td>
                  <td className="py-2 max-md:col-span-2 max-md:py-0">
                    {!skipped ? (
                      <button
                        type="button"
                        className={buttonClass('ghost', 'sm')}
                        onClick={() => setOpen(link.id)}
                      >
                        Show chain<span className="sr-only"> of “{linkName(link)}”</span>
                      </button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {openTarget && openCheck ? (
        <ChainDrawer link={openTarget.link} check={openCheck} onClose={() => setOpen(null)} />
      ) : null}
    </section>
  );
}
