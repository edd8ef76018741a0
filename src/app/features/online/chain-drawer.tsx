import { useEffect, useRef } from 'react';
import type { LinkCheckFacts } from '../../../core/facts';
import type { ReportLink } from '../../../core/types';
import { checkStatusText, hostInText, hostOf, hopsText, msText, pageMs } from '../../lib/check-status';
import { linkName } from '../../lib/link-name';
import { OnlineFindingItem } from '../../components/online-finding';

interface Props {
  link: ReportLink;
  check: LinkCheckFacts;
  onClose: () => void;
}

/** Every hop of one link's redirect chain: status, time, address, TLS, and what is wrong with it. */
export function ChainDrawer({ link, check, onClose }: Props) {
  const close = useRef<HTMLButtonElement>(null);
  // Focus goes back where it was (the "Show chain" button) when the drawer closes.
  useEffect(() => {
    const opener = document.activeElement;
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);
  useEffect(() => close.current?.focus(), [link.id]);
  const findings = check.findings ?? [];
  const general = findings.filter((f) => f.hop === undefined);
  const textHost = hostInText(link.text);
  const finalHost = hostOf(check.finalUrl);
  const mismatch = textHost !== null && finalHost !== null && !finalHost.endsWith(textHost);
  return (
    <div
      role="dialog"
      aria-label={`Redirect chain of “${linkName(link)}”`}
      aria-modal="false"
      className="fixed inset-y-0 right-0 z-40 flex w-full max-w-xl flex-col gap-3 overflow-x-hidden overflow-y-auto border-l border-line bg-surface p-4 text-ink shadow-card"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="flex items-start justify-between gap-2">
        <h2 className="text-lg font-semibold">
          Where “{linkName(link)}” really goes{' '}
          <span className="ml-1 rounded-full border border-line px-2 text-sm">{checkStatusText(check)}</span>
        </h2>
        <button
          ref={close}
          type="button"
          className="rounded-control border border-line px-2 py-1 text-sm"
          onClick={onClose}
        >
          Close
        </button>
      </div>
      <p className="text-sm">
        {hopsText(check)}
        {pageMs(check) !== null ? `; the landing page answered in ${msText(pageMs(check) ?? 0)}` : ''}
        {check.error ? (
          <>
            {' '}
            — <strong>{check.error.code}</strong>: {check.error.message}
          </>
        ) : null}
      </p>
      <ol aria-label="Hops" className="space-y-2">
        {check.hops.map((hop, i) => (
          <li key={i} className="rounded-control border border-line p-2 text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-semibold">Hop {i + 1}</span>
              <span className="rounded bg-surface-2 px-1">
                {hop.status ?? hop.error?.code ?? 'no answer'}
              </span>
              <span>{msText(hop.ms)}</span>
              {hop.method ? <span>{hop.method}</span> : null}
              {hop.address ? <span className="text-ink-muted">{hop.address}</span> : null}
              {hop.via && hop.via !== 'location' ? <span>via {hop.via}</span> : null}
            </div>
            <div className="font-mono text-xs break-all">{hop.url}</div>
            {hop.tls ? (
              <div className="text-xs">
                TLS {hop.tls.protocol ?? ''}:{' '}
                {hop.tls.trusted ? 'trusted' : `not trusted (${hop.tls.error ?? '?'})`}, issuer{' '}
                {hop.tls.issuer ?? 'unknown'}
                {hop.tls.daysToExpiry !== null ? `, expires in ${hop.tls.daysToExpiry} days` : ''}
              </div>
            ) : hop.url.startsWith('http:') ? (
              <div className="text-xs text-warning-ink">Not encrypted (http)</div>
            ) : null}
            {hop.error ? (
              <div className="text-xs text-error-ink">
                {hop.error.code}: {hop.error.message}
              </div>
            ) : null}
            {hop.botWall ? <div className="text-xs">Looks like a bot wall: {hop.botWall}</div> : null}
            <ul className="mt-1 space-y-1 text-xs">
              {findings
                .filter((f) => f.hop === i)
                .map((f, j) => (
                  <OnlineFindingItem key={j} finding={f} docs={false} />
                ))}
            </ul>
          </li>
        ))}
      </ol>
      <div className="text-sm">
        <div className="font-semibold">Landing page</div>
        <div className="font-mono text-xs break-all">
          {check.finalUrl ?? 'none: the chain did not end on a page'}
        </div>
        {check.hops.at(-1)?.title ? <div>{check.hops.at(-1)?.title}</div> : null}
      </div>
      <div className="text-sm">
        <div className="font-semibold">Link text and destination</div>
        <div>Text: {linkName(link)}</div>
        <div>Goes to: {finalHost ?? 'unknown'}</div>
        {mismatch ? (
          <p className="text-warning-ink">
            The text shows {textHost} but the link ends on {finalHost}: readers and spam filters may distrust
            it.
          </p>
        ) : null}
      </div>
      {general.length > 0 ? (
        <div className="text-sm">
          <div className="font-semibold">Findings</div>
          <ul className="space-y-1">
            {general.map((f, j) => (
              <OnlineFindingItem key={j} finding={f} docs={false} />
            ))}
          </ul>
        </div>
      ) : findings.length === 0 ? (
        <p className="text-sm text-ok-ink">No problem found on this chain.</p>
      ) : null}
    </div>
  );
}
