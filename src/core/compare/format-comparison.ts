import { inline } from '../report/format-markdown';
import type { Comparison, LinkPair, PairChange, PairSide, PairStatus } from './compare';

/** The words for each status, shared by the CLI's text and Markdown (the app has its own labels). */
const STATUS_WORDS: Record<PairStatus, string> = {
  wrapped: 'wrapped',
  'left-alone': 'left alone',
  changed: 'changed',
  missing: 'missing from sent',
  new: 'new in sent',
};

export const COMPARE_FORMATS = ['text', 'json', 'md'] as const;
export type CompareFormat = (typeof COMPARE_FORMATS)[number];

export function formatComparison(c: Comparison, format: CompareFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(c, null, 2)}\n`;
    case 'md':
      return comparisonMarkdown(c);
    case 'text':
      return comparisonText(c);
  }
}

/** One change in words: `parameters added: utm_source=news`. */
export function describeChange(change: PairChange): string {
  switch (change.kind) {
    case 'params-added':
      return `parameters added: ${change.params.map((p) => `${p.name}=${p.value}`).join(', ')}`;
    case 'params-removed':
      return `parameters removed: ${change.params.map((p) => `${p.name}=${p.value}`).join(', ')}`;
    case 'params-changed':
      return `parameters changed: ${change.params.map((p) => `${p.name} ${p.from} → ${p.to}`).join(', ')}`;
    case 'merge-tags-filled':
      return `merge tags filled in: ${change.tags.map((t) => `${t.tag} → ${t.value ?? '?'}`).join(', ')}`;
    case 'destination-different':
      return `destination different: ${change.from} → ${change.to}`;
  }
}

/** What the platform did to the pair, in one line (without the status word). */
function describePair(p: LinkPair): string {
  const parts: string[] = [];
  if (p.status === 'wrapped' && p.wrapper) {
    parts.push(
      p.wrapper.destination !== null
        ? `through ${p.wrapper.host}, leads to ${p.wrapper.destination}`
        : `through ${p.wrapper.host} (the destination stays on the platform's server)`,
    );
  }
  if (p.status === 'left-alone')
    parts.push('the sent email has the template’s address: clicks are not counted');
  if (p.status === 'missing') parts.push('not in the sent email');
  if (p.status === 'new')
    parts.push(p.wrapper ? `added by the platform, through ${p.wrapper.host}` : 'added in the sent email');
  parts.push(...p.changes.map(describeChange));
  return parts.join('; ');
}

/** The template's findings, shown as the reason only where the platform did not wrap the link. */
function reasons(p: LinkPair): LinkPair['templateFindings'] {
  return p.status === 'wrapped' || p.status === 'new' ? [] : p.templateFindings;
}

function summaryLine(c: Comparison): string {
  const s = c.summary;
  const counts = (Object.keys(STATUS_WORDS) as PairStatus[])
    .map((k) => `${s[k]} ${STATUS_WORDS[k]}`)
    .join(', ');
  const untracked =
    s.untracked === 0
      ? 'every web link of the sent email is tracked'
      : `${s.untracked} web link${s.untracked === 1 ? '' : 's'} of the sent email ${s.untracked === 1 ? 'is' : 'are'} not tracked`;
  return `${c.pairs.length} pair${c.pairs.length === 1 ? '' : 's'}: ${counts}; ${untracked}.`;
}

function sideText(side: PairSide | null): string {
  if (!side) return '';
  const text =
    side.text === '' ? '(no text)' : `"${side.text.length > 40 ? `${side.text.slice(0, 39)}…` : side.text}"`;
  return `${side.id} ${text} ${side.href ?? '(no href)'}`;
}

function comparisonText(c: Comparison): string {
  const out: string[] = [
    `Template: ${c.template.name} (${c.template.links} links)`,
    `Sent:     ${c.sent.name} (${c.sent.links} links; platform ${c.sent.esp ?? 'not recognised'}; tracking ${c.sent.trackingDomains.length > 0 ? c.sent.trackingDomains.join(', ') : 'none'})`,
    '',
  ];
  const width = Math.max(...Object.values(STATUS_WORDS).map((w) => w.length));
  for (const p of c.pairs) {
    out.push(`${STATUS_WORDS[p.status].padEnd(width)}  ${describePair(p)}`);
    if (p.template)
      out.push(
        `${''.padEnd(width)}    template ${p.template.line}:${p.template.column}  ${sideText(p.template)}`,
      );
    if (p.sent)
      out.push(`${''.padEnd(width)}    sent     ${p.sent.line}:${p.sent.column}  ${sideText(p.sent)}`);
    for (const f of reasons(p)) {
      if (f.severity !== 'info') out.push(`${''.padEnd(width)}    why?     ${f.rule}: ${f.message}`);
    }
  }
  out.push('', summaryLine(c));
  return `${out.join('\n')}\n`;
}

function cell(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|');
}

function comparisonMarkdown(c: Comparison): string {
  const out = [
    `## Template and sent email: ${inline(c.template.name)} → ${inline(c.sent.name)}`,
    '',
    `Platform: ${c.sent.esp !== null ? inline(c.sent.esp) : 'not recognised'}. Tracking domains: ${c.sent.trackingDomains.length > 0 ? c.sent.trackingDomains.map(inline).join(', ') : 'none'}.`,
    '',
    '| What happened | Template link | Sent link | Details |',
    '|---|---|---|---|',
  ];
  for (const p of c.pairs) {
    const why = reasons(p)
      .filter((f) => f.severity !== 'info')
      .map((f) => `${f.rule}: ${f.message}`)
      .join(' ');
    const details = [describePair(p), why].filter((d) => d !== '').join('. ');
    out.push(
      `| ${STATUS_WORDS[p.status]} | ${p.template ? `${cell(p.template.text || '(no text)')} ${inline(p.template.href ?? '')}` : ''} | ${p.sent ? `${cell(p.sent.text || '(no text)')} ${inline(p.sent.href ?? '')}` : ''} | ${cell(details)} |`,
    );
  }
  out.push('', summaryLine(c), '');
  return out.join('\n');
}
