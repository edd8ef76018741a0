import type { SenderFacts, TrackingDomainFacts } from '../facts';
import type { Finding, Report, ReportLink } from '../types';
import { ruleById } from '../rules';
import { ruleDocUrl } from './rule-doc-url';

const MAX_HREF = 80;
/** A ticket stays readable: longer lists are cut, with a count of the rest. */
const MAX_ROWS = 50;

/**
 * A Markdown summary a marketer can paste into a support ticket: what was
 * inspected and how it was judged, the counts, a table of the links with
 * errors or warnings (line, href, problem, fix), findings about the whole
 * email, and the online results when there are any.
 */
export function formatMarkdown(report: Report): string {
  const out: string[] = [];
  const { summary } = report;
  out.push(`## Email link check: ${inline(report.input.name)}`, '');
  out.push('| | |', '|---|---|');
  out.push(
    `| Input | ${inline(report.input.name)} (${report.input.kind === 'eml' ? 'sent message' : 'HTML template'}, ${size(report.input.bytes)}; HTML ${size(report.input.htmlBytes)}) |`,
  );
  out.push(`| Judged as | ${report.mode === 'sent' ? 'sent email (clicks must be tracked)' : 'template'} |`);
  out.push(`| Email platform | ${report.esp !== null ? inline(report.esp) : 'not recognised'} |`);
  out.push(
    `| Tracking domains | ${report.trackingDomains.length > 0 ? report.trackingDomains.map(inline).join(', ') : 'none'} |`,
  );
  if (report.sender?.from) out.push(`| From | ${inline(report.sender.from)} |`);
  out.push(`| Links | ${summary.links} |`);
  out.push(
    `| Errors | ${summary.errors} |`,
    `| Warnings | ${summary.warnings} |`,
    `| Infos | ${summary.infos} |`,
  );
  out.push('');

  const linkById = new Map(report.links.map((l) => [l.id, l]));
  const serious = report.findings.filter((f) => f.severity !== 'info');
  const onLinks = serious.filter((f) => f.link !== null && linkById.has(f.link));
  const general = serious.filter((f) => f.link === null || !linkById.has(f.link));

  if (onLinks.length > 0) {
    out.push('### Links with problems', '');
    out.push('| Line | Link | Problem | How to fix |', '|---:|---|---|---|');
    for (const f of onLinks.slice(0, MAX_ROWS)) {
      const link = linkById.get(f.link ?? '') as ReportLink;
      out.push(`| ${f.line} | ${hrefCell(link)} | ${problemCell(f)} | ${cell(hint(f.rule))} |`);
    }
    if (onLinks.length > MAX_ROWS) {
      out.push('', `…and ${onLinks.length - MAX_ROWS} more; the full list is in the text or JSON report.`);
    }
    out.push('');
  }
  if (general.length > 0) {
    out.push('### About the whole email', '');
    for (const f of general) out.push(`- ${problemCell(f).replace(/\.+$/, '')}. ${hint(f.rule)}.`);
    out.push('');
  }
  if (serious.length === 0) out.push('No errors or warnings.', '');

  const online = onlineSection(report);
  if (online.length > 0) out.push('### Online checks', '', ...online, '');
  out.push(
    `<sub>${summary.infos > 0 ? `${summary.infos} informational note(s) not listed. ` : ''}Made by email-link-inspector.</sub>`,
  );
  return `${out.join('\n')}\n`;
}

function hint(rule: string): string {
  return ruleById.get(rule)?.fixHint ?? `See ${ruleDocUrl(rule)}`;
}

function problemCell(f: Finding): string {
  return `**${f.severity}** [${f.rule}](${ruleDocUrl(f.rule)}): ${cell(f.message)}`;
}

function hrefCell(link: ReportLink): string {
  if (link.href === null) return `\`<${link.element}>\` without href`;
  const shown = link.href.length > MAX_HREF ? `${link.href.slice(0, MAX_HREF - 1)}…` : link.href;
  return shown.trim() === '' ? '(empty)' : inline(shown);
}

/** Inline code that survives a table: backticks fenced by longer runs, pipes escaped, breaks shown. */
export function inline(text: string): string {
  const flat = text
    .replace(/\r\n|\r|\n/g, '⏎')
    .replace(/\t/g, '⇥')
    .replace(/\|/g, '\\|');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * Text from the email (messages quote hrefs and link texts) as plain table
 * text that renders as exactly that text: addresses, URLs and anything
 * written like one go into code spans (so no renderer links or embeds them:
 * no tracking pixel, no link in a support ticket), Markdown's own characters
 * are backslash-escaped, HTML-special characters written as entities, and
 * line breaks flattened.
 */
function cell(text: string): string {
  const flat = text.replace(/\r\n|\r|\n/g, ' ');
  let out = '';
  let at = 0;
  for (const m of flat.matchAll(LINK_LIKE)) {
    out += escapeText(flat.slice(at, m.index)) + inline(m[0]);
    at = m.index + m[0].length;
  }
  return out + escapeText(flat.slice(at));
}

/**
 * What a Markdown renderer could turn into a link: `scheme://…`, `www.…`,
 * `mailto:`/`javascript:`-style schemes, e-mail addresses. Bounded repeats
 * keep the search linear.
 */
const LINK_LIKE =
  /(?:\b[a-z][a-z0-9+.-]{0,30}:\/\/|\bwww\.|\b(?:mailto|javascript|data|vbscript|tel|sms):)[^\s<>`]*|[^\s<>@`|()[\]]{1,64}@[^\s<>@`|()[\]]+/gi;

function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]()!|~#]/g, '\\$&');
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function onlineSection(report: Report): string[] {
  const out: string[] = [];
  for (const t of report.trackingDomainChecks ?? []) out.push(trackingLine(t));
  for (const s of report.senderChecks ?? []) out.push(senderLine(s));
  const checked = report.links.filter((l) => l.check !== undefined);
  if (checked.length > 0) {
    const ok = checked.filter((l) => l.check?.error === null && (l.check.finalStatus ?? 0) < 400).length;
    out.push(`- Links checked: ${checked.length}, of which ${ok} reached a working page.`);
  }
  return out;
}

function trackingLine(t: TrackingDomainFacts): string {
  const parts = [
    t.cname.length > 0
      ? `CNAME → ${t.cname.map(inline).join(' → ')}`
      : t.error
        ? 'look-up failed'
        : 'no CNAME',
    t.esp ? `platform ${inline(t.esp)}` : null,
    t.tls
      ? t.tls.trusted && t.tls.coversHost
        ? `certificate valid${t.tls.validTo ? ` until ${t.tls.validTo.slice(0, 10)}` : ''}`
        : `certificate problem (${cell(t.tls.error ?? 'untrusted')})`
      : 'no HTTPS',
    listedLine(t),
    t.error ? `error: ${cell(t.error.message)}` : null,
  ].filter((p): p is string => p !== null);
  return `- Tracking domain ${inline(t.host)}: ${parts.join('; ')}.${findingsTail(t.findings)}`;
}

function listedLine(t: TrackingDomainFacts): string | null {
  if (t.blocklists.length === 0) return null;
  const listed = t.blocklists.filter((b) => b.status === 'listed').map((b) => b.zone);
  return listed.length > 0 ? `LISTED on ${listed.map(inline).join(', ')}` : 'not on the blocklists checked';
}

function senderLine(s: SenderFacts): string {
  const dkim = s.dkim
    .map(
      (k) =>
        `${inline(k.selector)} ${k.found ? `${k.keyBits ?? '?'}-bit key` : k.error ? 'look-up failed' : 'not found'}`,
    )
    .join(', ');
  const parts = [
    s.spf.record
      ? `SPF ${inline(s.spf.record)} (${s.spf.lookups} look-ups)`
      : s.spf.error
        ? 'SPF look-up failed'
        : 'no SPF',
    s.dmarc.record ? `DMARC p=${s.dmarc.policy ?? '?'}` : s.dmarc.error ? 'DMARC look-up failed' : 'no DMARC',
    dkim ? `DKIM ${dkim}` : null,
    s.mx.length > 0 ? `${s.mx.length} MX` : s.mxError ? 'MX look-up failed' : 'no MX',
    s.freeMail ? 'free mailbox provider' : null,
  ].filter((p): p is string => p !== null);
  return `- Sender domain ${inline(s.domain)}: ${parts.join('; ')}.${findingsTail(s.findings)}`;
}

function findingsTail(findings: Array<{ rule: string; severity: string }> | undefined): string {
  if (!findings || findings.length === 0) return ' No problems.';
  const counts = new Map<string, number>();
  for (const f of findings)
    counts.set(`${f.rule} (${f.severity})`, (counts.get(`${f.rule} (${f.severity})`) ?? 0) + 1);
  return ` Problems: ${[...counts].map(([key, n]) => (n > 1 ? `${key} ×${n}` : key)).join(', ')}.`;
}
