import type { LinkCheckFacts, SenderFacts, TlsFacts, TrackingDomainFacts } from '../../core/facts';
import type { Report } from '../../core/types';

const code = (s: string): string => `\`${s.replace(/`/g, "'").replace(/[\r\n]+/g, ' ')}\``;
const text = (s: string): string =>
  s
    .replace(/[\r\n]+/g, ' ')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

function tlsLine(tls: TlsFacts | null | undefined): string {
  if (!tls) return 'none';
  const state = tls.trusted && tls.coversHost ? 'valid' : `not valid (${tls.error ?? 'untrusted'})`;
  return `${state}; issuer ${tls.issuer ?? 'unknown'}; covers ${tls.names.join(', ') || 'nothing'}; valid to ${tls.validTo ?? 'unknown'}`;
}

function failing(check: LinkCheckFacts): boolean {
  if (check.error) return check.error.code !== 'not-requested';
  return (
    check.finalStatus === null ||
    check.finalStatus >= 400 ||
    (check.findings ?? []).some((f) => f.severity !== 'info')
  );
}

function senderSection(s: SenderFacts): string[] {
  const out = [`#### Sending domain ${code(s.domain)}`, ''];
  out.push(
    `- SPF: ${s.spf.error ? `look-up failed (${s.spf.error.code})` : s.spf.record ? `${code(s.spf.record)}, ${s.spf.lookups} DNS look-ups` : 'no record'}`,
  );
  out.push(
    `- DMARC: ${s.dmarc.error ? `look-up failed (${s.dmarc.error.code})` : s.dmarc.record ? `${code(s.dmarc.record)} (policy ${s.dmarc.policy ?? 'none'}, found at ${s.dmarc.foundAt ?? s.domain})` : 'no record'}`,
  );
  out.push(
    `- DKIM: ${s.dkim.map((d) => `${d.selector} ${d.found ? (d.revoked ? 'revoked' : `found${d.keyBits ? ` (${d.keyBits} bits)` : ''}`) : 'not found'}`).join('; ') || 'no selector found'}`,
  );
  out.push(`- MX: ${s.mx.map((m) => `${m.exchange} (${m.priority})`).join(', ') || 'none'}`);
  for (const f of s.findings ?? []) out.push(`- **${f.severity}** ${f.rule}: ${text(f.message)}`);
  return [...out, ''];
}

function trackingSection(t: TrackingDomainFacts): string[] {
  const out = [`#### Tracking domain ${code(t.host)}`, ''];
  out.push(`- CNAME: ${t.cname.map(code).join(' → ') || 'none'}`);
  out.push(`- Addresses: ${t.addresses.join(', ') || 'none'}`);
  out.push(
    `- Platform: ${t.esp ?? 'not recognised'}${t.expect ? ` (expected CNAME target ${code(t.expect)})` : ''}`,
  );
  out.push(
    `- TLS: ${t.tls ? tlsLine(t.tls) : `no HTTPS${t.tlsError ? ` (${t.tlsError.code}: ${text(t.tlsError.message)})` : ''}`}`,
  );
  out.push(`- Blocklists: ${t.blocklists.map((b) => `${b.zone} ${b.status}`).join(', ') || 'not checked'}`);
  for (const f of t.findings ?? []) out.push(`- **${f.severity}** ${f.rule}: ${text(f.message)}`);
  return [...out, ''];
}

/**
 * The online part of the support-ticket report: every failing link with its
 * redirect chain, and the DNS and TLS results of the sending and tracking
 * domains. Empty when no online check has run.
 */
export function onlineMarkdown(report: Report): string {
  const checked = report.links.filter((l) => l.check !== undefined);
  const senders = report.senderChecks ?? [];
  const tracking = report.trackingDomainChecks ?? [];
  if (checked.length === 0 && senders.length === 0 && tracking.length === 0) return '';
  const out = ['', '## Online checks', ''];
  if (checked.length > 0) {
    const bad = checked.filter((l) => l.check && failing(l.check));
    out.push(`Links checked: ${checked.length}; with problems: ${bad.length}.`, '');
    for (const link of bad) {
      const c = link.check as LinkCheckFacts;
      out.push(`#### ${link.id} (line ${link.line}): ${code(link.url ?? link.href ?? '')}`, '');
      out.push(
        `Final: ${c.finalStatus ?? 'no answer'} at ${c.finalUrl ? code(c.finalUrl) : 'nowhere'} after ${Math.round(c.ms)} ms${c.error ? `; ${c.error.code}: ${text(c.error.message)}` : ''}`,
        '',
      );
      c.hops.forEach((h, i) => {
        out.push(
          `${i + 1}. ${h.status ?? h.error?.code ?? 'no answer'} ${code(h.url)} (${Math.round(h.ms)} ms${h.tls ? `; TLS ${h.tls.trusted ? 'trusted' : `not trusted: ${h.tls.error ?? '?'}`}` : ''})`,
        );
      });
      for (const f of c.findings ?? []) out.push(`- **${f.severity}** ${f.rule}: ${text(f.message)}`);
      out.push('');
    }
  }
  for (const t of tracking) out.push(...trackingSection(t));
  for (const s of senders) out.push(...senderSection(s));
  return out.join('\n');
}
