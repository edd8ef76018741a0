/**
 * Template ↔ sent email: pairs the links of the designer's template with the
 * links of the email the platform actually sent, and says for each pair what
 * the platform did. Pairs are found by order, destination and link text (an
 * alignment that keeps both documents' order), so a reordered or removed
 * link does not shift every pair after it. Pure: two reports in, data out;
 * the CLI and the app only word it.
 */

import { isRecipientSideWrapper } from '../esp/destinations';
import type { Finding, Report, ReportLink } from '../types';

export type PairStatus = 'wrapped' | 'left-alone' | 'changed' | 'missing' | 'new';

export type PairChange =
  | { kind: 'params-added'; params: Array<{ name: string; value: string }> }
  | { kind: 'params-removed'; params: Array<{ name: string; value: string }> }
  | { kind: 'params-changed'; params: Array<{ name: string; from: string; to: string }> }
  | { kind: 'merge-tags-filled'; tags: Array<{ tag: string; value: string | null }> }
  | { kind: 'destination-different'; from: string; to: string };

export interface PairSide {
  /** The link id in its own report (`L3`). */
  id: string;
  href: string | null;
  text: string;
  line: number;
  column: number;
}

export interface LinkPair {
  status: PairStatus;
  template: PairSide | null;
  sent: PairSide | null;
  /** For a wrapped link: the tracking host, and the destination the wrapper carries (null when it keeps it on its server). */
  wrapper: { host: string; via: string | null; destination: string | null } | null;
  /** What differs between the template's address and what the sent email leads to (the decoded destination when wrapped). */
  changes: PairChange[];
  /** How the pair was found: the same destination, the same text, or only their place. */
  matchedBy: Array<'destination' | 'text' | 'image' | 'order'>;
  /** The template's own findings on this link: often the reason a link was left alone (a merge tag in the address, an opt-out attribute). */
  templateFindings: Array<Pick<Finding, 'rule' | 'severity' | 'message'>>;
}

export interface Comparison {
  version: 1;
  template: { name: string; links: number };
  sent: { name: string; links: number; esp: string | null; trackingDomains: string[] };
  pairs: LinkPair[];
  summary: Record<PairStatus, number> & {
    /** Web links the sent email leads to without a tracking wrapper: their clicks are not counted. */
    untracked: number;
  };
}

const SCORE = { destination: 10, sameBase: 6, sameHost: 2, text: 4, image: 2, order: 1 } as const;
/** A pair needs more in common than a place: a destination, a text or an image alt. */
const MIN_SCORE = 3;

interface Prepared {
  link: ReportLink;
  /** Where the link leads: the decoded destination when wrapped, else its URL; null when unknown. */
  destination: string | null;
  wrapped: boolean;
  text: string;
}

export function compareReports(template: Report, sent: Report): Comparison {
  const t = template.links.map((l) => prepare(l, false));
  const s = sent.links.map((l) => prepare(l, true));
  const findingsByLink = new Map<string, LinkPair['templateFindings']>();
  for (const f of template.findings) {
    if (f.link === null) continue;
    const list = findingsByLink.get(f.link) ?? [];
    list.push({ rule: f.rule, severity: f.severity, message: f.message });
    findingsByLink.set(f.link, list);
  }

  const pairs: LinkPair[] = [];
  for (const [ti, si] of align(t, s)) {
    const a = ti !== null ? t[ti] : undefined;
    const b = si !== null ? s[si] : undefined;
    if (a && b) pairs.push(pairOf(a, b, findingsByLink.get(a.link.id) ?? []));
    else if (a) pairs.push(lone('missing', a, findingsByLink.get(a.link.id) ?? []));
    else if (b) pairs.push(lone('new', b, []));
  }

  const summary: Comparison['summary'] = {
    wrapped: 0,
    'left-alone': 0,
    changed: 0,
    missing: 0,
    new: 0,
    untracked: 0,
  };
  const sentById = new Map(sent.links.map((l) => [l.id, l]));
  for (const p of pairs) {
    summary[p.status]++;
    const sentLink = p.sent ? sentById.get(p.sent.id) : undefined;
    if (sentLink && sentLink.kind === 'web' && p.wrapper === null) summary.untracked++;
  }
  return {
    version: 1,
    template: { name: template.input.name, links: template.links.length },
    sent: {
      name: sent.input.name,
      links: sent.links.length,
      esp: sent.esp,
      trackingDomains: sent.trackingDomains,
    },
    pairs,
    summary,
  };
}

function prepare(link: ReportLink, isSent: boolean): Prepared {
  const platformWrapper = link.destination !== null && !isRecipientSideWrapper(link.destination.via);
  const wrapped = isSent && link.kind === 'web' && (link.tracked === true || platformWrapper);
  const destination = wrapped ? (link.destination?.url ?? null) : (link.url ?? link.href);
  return {
    link,
    destination,
    wrapped,
    text: normaliseText(link.text || link.imageAlt || link.ariaLabel || ''),
  };
}

function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** How much two links have in common, and why. */
function score(a: Prepared, b: Prepared): { score: number; by: LinkPair['matchedBy'] } {
  let total = 0;
  const by: LinkPair['matchedBy'] = [];
  if (a.destination !== null && b.destination !== null) {
    const rel = relation(a.link, a.destination, b.destination);
    if (rel === 'same') total += SCORE.destination;
    else if (rel === 'base') total += SCORE.sameBase;
    else if (rel === 'host') total += SCORE.sameHost;
    if (rel !== 'none') by.push('destination');
  }
  if (a.text !== '' && a.text === b.text) {
    total += SCORE.text;
    by.push('text');
  } else if (a.link.hasImage && b.link.hasImage && (a.link.imageAlt ?? '') === (b.link.imageAlt ?? '')) {
    total += SCORE.image;
    by.push('image');
  }
  return { score: total, by };
}

/** same: one address, or the template's with only parameters added or merge tags filled; base: same page; host: same site. */
function relation(template: ReportLink, from: string, to: string): 'same' | 'base' | 'host' | 'none' {
  if (from === to) return 'same';
  if (template.mergeTags.length > 0 && mergeTagPattern(template)?.test(to)) return 'same';
  const a = parse(from);
  const b = parse(to);
  if (!a || !b) return 'none';
  if (a.origin === b.origin && a.pathname === b.pathname) {
    const added = [...a.searchParams].every(([k, v]) => b.searchParams.getAll(k).includes(v));
    return added ? 'same' : 'base';
  }
  return a.hostname === b.hostname ? 'host' : 'none';
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The template's href as a pattern where each merge tag (as the extraction
 * found it) may be any filled-in value, and parameters may follow: a tag
 * inside the address stops at the next `&`, `#` or `?`; a tag that is the
 * whole address may be anything.
 */
function mergeTagPattern(template: ReportLink): RegExp | null {
  const href = (template.href ?? '').trim();
  if (template.mergeTags.length === 0) return null;
  const offset = (template.href ?? '').indexOf(href);
  const escape = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let source = '';
  let at = 0;
  for (const tag of template.mergeTags) {
    const start = tag.start - offset;
    const whole = start === 0 && tag.end - offset === href.length;
    source += `${escape(href.slice(at, start))}${whole ? '(.*)' : '([^&#?]*?)'}`;
    at = tag.end - offset;
  }
  source += escape(href.slice(at));
  return new RegExp(`^${source}(?:[?&#].*)?$`);
}

/** The template's href with its merge tags replaced by the values the sent email has. */
function fillMergeTags(template: ReportLink, values: ReadonlyArray<string | undefined>): string {
  const href = template.href ?? '';
  let out = '';
  let at = 0;
  template.mergeTags.forEach((tag, i) => {
    out += href.slice(at, tag.start) + (values[i] ?? tag.text);
    at = tag.end;
  });
  return (out + href.slice(at)).trim();
}

/**
 * Order-keeping alignment (weighted longest common subsequence): the pairs
 * with the most in common, never crossing. Cost O(n·m) in time, with one
 * byte per cell for the way back.
 */
function align(t: Prepared[], s: Prepared[]): Array<[number | null, number | null]> {
  const n = t.length;
  const m = s.length;
  const best = new Float64Array((n + 1) * (m + 1));
  const way = new Uint8Array((n + 1) * (m + 1)); // 1 pair, 2 skip template, 3 skip sent
  const w = m + 1;
  const scores = new Map<number, number>();
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const up = best[(i - 1) * w + j] ?? 0;
      const left = best[i * w + j - 1] ?? 0;
      let value = up;
      let dir = 2;
      if (left > value) {
        value = left;
        dir = 3;
      }
      const a = t[i - 1];
      const b = s[j - 1];
      if (a && b) {
        const sc = score(a, b).score;
        if (sc >= MIN_SCORE) {
          // Ties go to the pair that keeps both positions close.
          const paired = (best[(i - 1) * w + j - 1] ?? 0) + sc + (i === j ? SCORE.order / 10 : 0);
          if (paired > value) {
            value = paired;
            dir = 1;
            scores.set(i * w + j, sc);
          }
        }
      }
      best[i * w + j] = value;
      way[i * w + j] = dir;
    }
  }
  const out: Array<[number | null, number | null]> = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const dir = i === 0 ? 3 : j === 0 ? 2 : way[i * w + j];
    if (dir === 1) {
      out.push([i - 1, j - 1]);
      i--;
      j--;
    } else if (dir === 2) {
      out.push([i - 1, null]);
      i--;
    } else {
      out.push([null, j - 1]);
      j--;
    }
  }
  return out.reverse();
}

function side(p: Prepared): PairSide {
  const l = p.link;
  return {
    id: l.id,
    href: l.href,
    text: l.text || l.imageAlt || l.ariaLabel || '',
    line: l.line,
    column: l.column,
  };
}

function lone(status: 'missing' | 'new', p: Prepared, findings: LinkPair['templateFindings']): LinkPair {
  return {
    status,
    template: status === 'missing' ? side(p) : null,
    sent: status === 'new' ? side(p) : null,
    wrapper: status === 'new' && p.wrapped ? wrapperOf(p) : null,
    changes: [],
    matchedBy: [],
    templateFindings: findings,
  };
}

function wrapperOf(p: Prepared): LinkPair['wrapper'] {
  const host = p.link.url !== null ? (parse(p.link.url)?.hostname ?? '') : '';
  return { host, via: p.link.destination?.via ?? null, destination: p.link.destination?.url ?? null };
}

function pairOf(a: Prepared, b: Prepared, findings: LinkPair['templateFindings']): LinkPair {
  const { by } = score(a, b);
  const wrapper = b.wrapped ? wrapperOf(b) : null;
  const to = b.wrapped ? b.destination : (b.link.url ?? b.link.href);
  const from = a.link.url ?? a.link.href;
  const changes = from !== null && to !== null && from !== to ? changesBetween(a.link, from, to) : [];
  const status: PairStatus = b.wrapped ? 'wrapped' : changes.length === 0 ? 'left-alone' : 'changed';
  return {
    status,
    template: side(a),
    sent: side(b),
    wrapper,
    changes,
    matchedBy: by.length > 0 ? by : ['order'],
    templateFindings: findings,
  };
}

function changesBetween(template: ReportLink, from: string, to: string): PairChange[] {
  const changes: PairChange[] = [];
  let base = from;
  const tagged = template.mergeTags.length > 0;
  if (tagged) {
    const match = mergeTagPattern(template)?.exec(to);
    const values = template.mergeTags.map((_, i) => match?.[i + 1]);
    changes.push({
      kind: 'merge-tags-filled',
      tags: template.mergeTags.map((m, i) => ({ tag: m.text, value: values[i] ?? null })),
    });
    if (!match) return [...changes, { kind: 'destination-different', from, to }];
    base = fillMergeTags(template, values);
  }
  const a = parse(base);
  const b = parse(to);
  if (!a || !b) return base === to ? changes : [...changes, { kind: 'destination-different', from, to }];
  if (a.origin !== b.origin || a.pathname !== b.pathname)
    changes.push({ kind: 'destination-different', from, to });
  const before = [...a.searchParams];
  const after = [...b.searchParams];
  const added = after.filter(([k]) => !a.searchParams.has(k)).map(([name, value]) => ({ name, value }));
  const removed = before.filter(([k]) => !b.searchParams.has(k)).map(([name, value]) => ({ name, value }));
  const changed = before
    .filter(([k, v]) => b.searchParams.has(k) && b.searchParams.get(k) !== v)
    .map(([name, v]) => ({ name, from: v, to: b.searchParams.get(name) ?? '' }));
  if (added.length > 0) changes.push({ kind: 'params-added', params: added });
  if (removed.length > 0) changes.push({ kind: 'params-removed', params: removed });
  if (changed.length > 0) changes.push({ kind: 'params-changed', params: changed });
  if (changes.length === (tagged ? 1 : 0) && a.href !== b.href && !tagged) {
    changes.push({ kind: 'destination-different', from, to });
  }
  return changes;
}
