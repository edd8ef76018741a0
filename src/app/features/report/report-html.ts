import type { Report, Severity } from '../../../core/types';
import { headerOf } from '../../lib/eml-headers';
import { impactOf, remedyOf, titleOf, type RuleWords } from '../../lib/finding-words';
import type { Issues } from '../../lib/issues';
import { linkName } from '../../lib/link-name';

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const COLOUR: Record<Severity | 'ok', string> = {
  error: '#b91c1c',
  warning: '#b45309',
  info: '#1d4ed8',
  ok: '#15803d',
};

/** The preview's marks, for the report's copy of the email (no script: CSS only). */
const PREVIEW_CSS = `
[data-link-id]{outline:2px solid var(--c)!important;outline-offset:1px;border-radius:2px}
[data-link-status=ok]{--c:${COLOUR.ok}}[data-link-status=info]{--c:${COLOUR.info}}
[data-link-status=warning]{--c:${COLOUR.warning}}[data-link-status=error]{--c:${COLOUR.error}}
[data-eli-pin]::after{content:attr(data-eli-pin);display:inline-block;font:700 11px/16px system-ui,sans-serif!important;
min-width:16px;padding:0 3px;box-sizing:border-box;text-align:center;background:var(--c);color:#fff!important;border-radius:8px;
margin-left:3px;vertical-align:super;text-decoration:none!important}
img[data-eli-src]{background:#e5e7eb;outline:1px dashed #9ca3af}`;

const PAGE_CSS = `
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#111827;background:#f5f6fa}
header{padding:16px 24px;background:#fff;border-bottom:1px solid #d9dde7}h1{font-size:18px;margin:0}
.muted{color:#4b5563;font-size:13px}.wrap{padding:16px 24px;display:grid;gap:16px}
.verdict{border-radius:12px;padding:16px;border:1px solid}.verdict p.big{font-size:22px;font-weight:600;margin:0 0 4px}
.bad{background:#fef2f2;border-color:#fca5a5}.warn{background:#fffbeb;border-color:#fcd34d}.good{background:#f0fdf4;border-color:#86efac}
.chips{display:flex;flex-wrap:wrap;gap:8px;padding:0;margin:12px 0 0;list-style:none}.chips li{background:#fff;border:1px solid #d9dde7;border-radius:999px;padding:2px 12px;font-size:14px}
.cols{display:grid;gap:16px;grid-template-columns:minmax(0,1fr)}@media(min-width:1000px){.cols{grid-template-columns:minmax(0,26rem) minmax(0,1fr)}}
.card{background:#fff;border:1px solid #d9dde7;border-radius:12px;padding:16px;min-width:0}
h2{font-size:16px;margin:0 0 8px}h3{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:#4b5563;margin:16px 0 8px}
ol{list-style:none;padding:0;margin:0;display:grid;gap:8px}ol li{border:1px solid #d9dde7;border-radius:8px;padding:10px;display:flex;gap:10px}
.pin{flex:none;display:inline-block;min-width:24px;height:24px;border-radius:12px;color:#fff;font-weight:700;font-size:12px;line-height:24px;text-align:center;padding:0 6px}
.name{font-weight:600;overflow-wrap:anywhere}.small{font-size:12px;color:#4b5563;font-family:ui-monospace,monospace}
dl{display:grid;grid-template-columns:auto 1fr;gap:2px 12px;margin:0}dt{color:#4b5563}dd{margin:0;overflow-wrap:anywhere}
iframe{width:100%;height:80vh;border:1px solid #d9dde7;border-radius:8px;background:#fff}`;

/**
 * The report a marketer sends a colleague: one HTML file with the verdict, the
 * issues and the sanitised preview with its pins. It loads nothing (its CSP
 * allows only inline styles and data: images) and runs no script.
 */
export function reportHtml(args: {
  report: Report;
  issues: Issues;
  rules: ReadonlyMap<string, RuleWords>;
  /** The sanitised email (remote images held back) with `data-eli-pin` on pinned links. */
  previewHtml: string;
  /** The raw input (an .eml's Date header). */
  text: string;
  generated: Date;
}): string {
  const { report, issues, rules, previewHtml, text, generated } = args;
  const { verdict } = issues;
  const byId = new Map(report.links.map((l) => [l.id, l]));
  const worst = verdict.counts.some((c) => c.worst === 'error') ? 'bad' : 'warn';
  const head = verdict.ready
    ? `<section class="verdict good"><p class="big">Ready to send</p><p>All ${report.links.length} links checked: no problem found.</p></section>`
    : `<section class="verdict ${worst}"><p class="big">${esc(verdict.sentence)}</p><p class="muted">${report.links.length} links checked · ${report.mode === 'sent' ? 'sent email' : 'template before sending'}</p><ul class="chips">${verdict.counts
        .map((c) => `<li>${esc(c.label)} <strong>${c.links > 0 ? c.links : c.other}</strong></li>`)
        .join('')}</ul></section>`;
  const sent =
    report.mode === 'sent'
      ? `<section class="card"><h2>Sent email</h2><dl>${[
          ['From', report.sender?.from ?? headerOf(text, 'From') ?? 'unknown'],
          ['Subject', report.sender?.subject ?? headerOf(text, 'Subject') ?? 'none'],
          ['Date', headerOf(text, 'Date') ?? 'unknown'],
          ['Platform', report.esp ?? 'not recognised'],
          ['Tracking domain', report.trackingDomains.join(', ') || 'none found'],
        ]
          .map(([k, v]) => `<dt>${esc(k as string)}</dt><dd>${esc(v as string)}</dd>`)
          .join('')}</dl></section>`
      : '';
  const list = issues.groups
    .map(
      (g) =>
        `<h3>${esc(g.label)} (${g.issues.length})</h3><ol>${g.issues
          .map((i) => {
            const link = i.links[0] ? byId.get(i.links[0]) : undefined;
            const f = i.finding;
            const remedy = remedyOf(f);
            return `<li data-issue="${i.n}"><span class="pin" style="background:${COLOUR[f.severity]}">${i.n}</span><div><div class="name">${esc(
              link ? `“${linkName(link)}”` : 'The whole email',
            )}</div><div>${esc(titleOf(f, rules.get(f.rule)))}</div><div class="muted">${esc(impactOf(f))}</div>${
              remedy ? `<div><strong>What to do:</strong> ${esc(remedy)}</div>` : ''
            }<div class="small">${esc(f.rule)}${f.line > 0 ? ` · line ${f.line}` : ''}${link?.href ? ` · ${esc(link.href)}` : ''}</div></div></li>`;
          })
          .join('')}</ol>`,
    )
    .join('');
  const frameDoc = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"><style>${PREVIEW_CSS}</style></head>${previewHtml.replace(/^<html[^>]*>|<\/html>$/gi, '')}</html>`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-src 'self'">
<title>Link report: ${esc(report.input.name)}</title><style>${PAGE_CSS}</style></head>
<body><header><h1>Link report: ${esc(report.input.name)}</h1><p class="muted">Made by Email Link Inspector on ${esc(
    generated.toISOString().slice(0, 16).replace('T', ' '),
  )} UTC · ${report.links.length} links · images are held back (they are not part of this file)</p></header>
<div class="wrap">${head}${sent}<div class="cols"><section class="card" aria-label="Issues"><h2>Issues (${issues.groups.reduce(
    (n, g) => n + g.issues.length,
    0,
  )})</h2>${list || '<p>No issue: every link looks fine.</p>'}</section><section class="card" aria-label="Preview"><h2>Preview</h2><p class="muted">Numbers on the links match the issues list.</p><iframe title="Email preview" sandbox="" srcdoc="${esc(frameDoc)}"></iframe></section></div></div></body></html>
`;
}
