import { useEffect, useRef } from 'react';
import type { LinkCheckFacts, OnlineFinding } from '../../../core/facts';
import type { ReportLink } from '../../../core/types';
import { checkStatusText, checkTone, msText, TONE_STYLE } from '../../lib/check-status';

interface Props {
  link: ReportLink;
  check: LinkCheckFacts;
  onClose: () => void;
}

const SEVERITY_STYLE: Record<OnlineFinding['severity'], string> = {
  error: 'text-red-800 dark:text-red-300',
  warning: 'text-amber-800 dark:text-amber-300',
  info: 'text-blue-800 dark:text-blue-300',
};

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** A host name the link text shows ("shop.example.com", "https://…"), if it shows one. */
function hostInText(text: string): string | null {
  const m = /(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:[/:?#]|\s|$)/i.exec(text.trim());
  return m?.[1] ? m[1].toLowerCase().replace(/^www\./, '') : null;
}

function FindingLine({ f }: { f: OnlineFinding }) {
  return (
    <li className={SEVERITY_STYLE[f.severity]}>
      <strong>{f.severity}</strong> <code>{f.rule}</code>: {f.message}
    </li>
  );
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
  const tone = checkTone(check);
  return (
    <div
      role="dialog"
      aria-label={`Redirect chain of ${link.id}`}
      aria-modal="false"
      className="fixed inset-y-0 right-0 z-40 flex w-full max-w-xl flex-col gap-3 overflow-y-auto border-l border-slate-300 bg-white p-4 shadow-xl dark:border-slate-600 dark:bg-slate-900"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="flex items-start justify-between gap-2">
        <h2 className="text-lg font-semibold">
          Where {link.id} really goes{' '}
          <span className={`ml-1 rounded px-1.5 text-sm ${TONE_STYLE[tone]}`}>{checkStatusText(check)}</span>
        </h2>
        <button
          ref={close}
          type="button"
          className="rounded border border-slate-300 px-2 py-1 text-sm dark:border-slate-600"
          onClick={onClose}
        >
          Close
        </button>
      </div>
      <p className="text-sm">
        {check.hops.length} hop{check.hops.length === 1 ? '' : 's'} in {msText(check.ms)}
        {check.error ? (
          <>
            {' '}
            — <strong>{check.error.code}</strong>: {check.error.message}
          </>
        ) : null}
      </p>
      <ol aria-label="Hops" className="space-y-2">
        {check.hops.map((hop, i) => (
          <li key={i} className="rounded border border-slate-200 p-2 text-sm dark:border-slate-700">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-semibold">Hop {i + 1}</span>
              <span className="rounded bg-slate-100 px-1 dark:bg-slate-800">
                {hop.status ?? hop.error?.code ?? 'no answer'}
              </span>
              <span>{msText(hop.ms)}</span>
              {hop.method ? <span>{hop.method}</span> : null}
              {hop.address ? <span className="text-slate-600 dark:text-slate-400">{hop.address}</span> : null}
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
              <div className="text-xs text-amber-800 dark:text-amber-300">Not encrypted (http)</div>
            ) : null}
            {hop.error ? (
              <div className="text-xs text-red-800 dark:text-red-300">
                {hop.error.code}: {hop.error.message}
              </div>
            ) : null}
            {hop.botWall ? <div className="text-xs">Looks like a bot wall: {hop.botWall}</div> : null}
            <ul className="text-xs">
              {findings
                .filter((f) => f.hop === i)
                .map((f, j) => (
                  <FindingLine key={j} f={f} />
                ))}
            </ul>
          </li>
        ))}
      </ol>
      <div className="text-sm">
        <div className="font-semibold">Final address</div>
        <div className="font-mono text-xs break-all">
          {check.finalUrl ?? 'none (the chain did not end on a page)'}
        </div>
      </div>
      <div className="text-sm">
        <div className="font-semibold">Link text and destination</div>
        <div>Text: {link.text || link.imageAlt || <em>(no text)</em>}</div>
        <div>Goes to: {finalHost ?? 'unknown'}</div>
        {mismatch ? (
          <p className="text-amber-800 dark:text-amber-300">
            The text shows {textHost} but the link ends on {finalHost}: readers and spam filters may distrust
            it.
          </p>
        ) : null}
      </div>
      {general.length > 0 ? (
        <div className="text-sm">
          <div className="font-semibold">Findings</div>
          <ul>
            {general.map((f, j) => (
              <FindingLine key={j} f={f} />
            ))}
          </ul>
        </div>
      ) : findings.length === 0 ? (
        <p className="text-sm text-green-800 dark:text-green-300">No problem found on this chain.</p>
      ) : null}
    </div>
  );
}
