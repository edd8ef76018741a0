import { useState } from 'react';
import type { OnlineFinding, SenderFacts, TrackingDomainFacts } from '../../../core/facts';
import type { Report } from '../../../core/types';
import { describeServiceError } from '../../lib/api/service-error';
import { OnlineFindingItem } from '../../components/online-finding';
import type { Online } from './use-online';

const BUTTON =
  'rounded-control border border-line px-2 py-1 text-sm hover:bg-surface-2 disabled:opacity-50  ';

function Findings({ findings }: { findings: readonly OnlineFinding[] }) {
  if (findings.length === 0) return <p className="text-sm text-ok-ink">No problem found.</p>;
  return (
    <ul className="space-y-1">
      {findings.map((f, i) => (
        <OnlineFindingItem key={i} finding={f} />
      ))}
    </ul>
  );
}

const TLS_WORDS: Record<string, string> = {
  expired: 'expired',
  'not-yet-valid': 'not valid yet',
  'self-signed': 'self-signed (browsers refuse it)',
  'untrusted-issuer': 'issued by an authority browsers do not trust',
  'hostname-mismatch': 'made for another name (browsers refuse it)',
};

function certificateText(t: TrackingDomainFacts): string {
  const tls = t.tls;
  if (!tls) return `no HTTPS${t.tlsError ? `: ${t.tlsError.message}` : ''}`;
  const state =
    tls.trusted && tls.coversHost
      ? `valid${tls.daysToExpiry !== null ? `, expires in ${tls.daysToExpiry} days` : ''}`
      : `problem: ${TLS_WORDS[tls.error ?? ''] ?? tls.error ?? (tls.coversHost ? 'not trusted' : 'does not cover the host')}`;
  return `${state}; covers ${tls.names.join(', ') || 'nothing'}; issuer ${tls.issuer ?? 'unknown'}`;
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[5rem_minmax(0,1fr)] gap-1 text-sm">
      <dt className="font-semibold">{label}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  );
}

function SenderResult({ s }: { s: SenderFacts }) {
  return (
    <div className="space-y-1" data-domain={s.domain}>
      <dl className="space-y-1">
        <Row label="SPF">
          {s.spf.error ? (
            `look-up failed: ${s.spf.error.message}`
          ) : s.spf.record ? (
            <>
              <code className="text-xs break-all">{s.spf.record}</code> — {s.spf.lookups} DNS look-ups of 10
            </>
          ) : (
            'no SPF record'
          )}
        </Row>
        <Row label="DMARC">
          {s.dmarc.error ? (
            `look-up failed: ${s.dmarc.error.message}`
          ) : s.dmarc.record ? (
            <>
              policy <strong>{s.dmarc.policy ?? 'none'}</strong>
              {s.dmarc.foundAt && s.dmarc.foundAt !== s.domain ? ` (from ${s.dmarc.foundAt})` : ''}:{' '}
              <code className="text-xs break-all">{s.dmarc.record}</code>
            </>
          ) : (
            'no DMARC record'
          )}
        </Row>
        <Row label="DKIM">
          {s.dkim.length === 0
            ? 'no selector found'
            : s.dkim
                .map(
                  (d) =>
                    `${d.selector}: ${d.found ? (d.revoked ? 'revoked' : `${d.keyType ?? 'key'}${d.keyBits ? ` ${d.keyBits} bits` : ''}`) : d.error ? `failed (${d.error.code})` : 'not found'}`,
                )
                .join('; ')}
        </Row>
        <Row label="MX">
          {s.mxError
            ? `look-up failed: ${s.mxError.message}`
            : s.mx.length === 0
              ? 'none'
              : s.mx.map((m) => `${m.exchange} (${m.priority})`).join(', ')}
        </Row>
      </dl>
      <Findings findings={s.findings ?? []} />
    </div>
  );
}

function TrackingResult({ t }: { t: TrackingDomainFacts }) {
  return (
    <div className="space-y-1" data-host={t.host}>
      <h4 className="font-mono text-sm font-semibold">{t.host}</h4>
      <dl className="space-y-1">
        <Row label="CNAME">{t.cname.length > 0 ? t.cname.join(' → ') : 'none'}</Row>
        <Row label="Addresses">{t.addresses.join(', ') || 'none'}</Row>
        <Row label="Platform">{t.esp ?? 'not recognised'}</Row>
        <Row label="Certificate">{certificateText(t)}</Row>
        <Row label="Blocklists">
          {t.blocklists.length === 0
            ? 'not checked'
            : t.blocklists.map((b) => `${b.zone}: ${b.status}`).join('; ')}
        </Row>
      </dl>
      <Findings findings={t.findings ?? []} />
    </div>
  );
}

/** The "Domains" panel: the sending domain (SPF, DKIM, DMARC, MX) and each tracking domain (CNAME, platform, certificate, blocklists). */
export function DomainsPanel({ report, online }: { report: Report; online: Online }) {
  const d = online.domains;
  const [typed, setTyped] = useState(d.senderDomain ?? '');
  // Findings as the core judged them in the report, so they match the findings list and the CLI.
  const judgedSender = report.senderChecks?.find((s) => s.domain === d.sender.data?.domain) ?? d.sender.data;
  const error = d.sender.error ?? d.tracking.find((q) => q.error)?.error ?? null;
  const busy = d.sender.isFetching || d.tracking.some((q) => q.isFetching);
  return (
    <section aria-label="Domains" className="space-y-2 rounded-control border border-line p-3 ">
      <h2 className="text-lg font-semibold">Domains</h2>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          d.setSenderDomain(typed.trim() === '' ? null : typed.trim());
          d.ask();
        }}
      >
        <label className="text-sm">
          Sending domain
          <input
            className="ml-1 w-40 rounded-control border border-line bg-surface px-1 py-0.5  "
            value={typed}
            placeholder={report.sender?.domain ?? 'example.com'}
            onChange={(e) => setTyped(e.target.value)}
          />
        </label>
        <button type="submit" className={BUTTON} disabled={busy}>
          Check domains
        </button>
      </form>
      {d.selectors.length > 0 ? (
        <p className="text-xs text-ink-muted">DKIM selectors from the message: {d.selectors.join(', ')}</p>
      ) : null}
      {busy ? (
        <p role="status" className="text-sm">
          Looking up the domains…
        </p>
      ) : null}
      {error ? (
        <div
          role="alert"
          className="rounded-control border border-error-line bg-error-soft p-2 text-sm text-error-ink"
        >
          {describeServiceError(error)}
        </div>
      ) : null}
      {d.asked && judgedSender ? (
        <div aria-label="Sending domain" role="group" className="space-y-1">
          <h3 className="font-semibold">
            Sending domain <span className="font-mono">{judgedSender.domain}</span>
          </h3>
          <SenderResult s={judgedSender} />
        </div>
      ) : null}
      {d.asked && d.hosts.length > 0 ? (
        <div aria-label="Tracking domains" role="group" className="space-y-2">
          <h3 className="font-semibold">Tracking domains</h3>
          {d.tracking.map((q, i) => {
            const data = q.data;
            if (!data) return null;
            const judged = report.trackingDomainChecks?.find((t) => t.host === data.host) ?? data;
            return <TrackingResult key={d.hosts[i] ?? i} t={judged} />;
          })}
        </div>
      ) : null}
      {d.asked && d.hosts.length === 0 ? (
        <p className="text-sm">No tracking domain found in this email.</p>
      ) : null}
    </section>
  );
}
