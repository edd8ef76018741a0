import type { Finding, Report, Severity } from '../../core/types';
import { EFFECTS, effectOf, linksOf, type Effect, type RuleWords } from './finding-words';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** One entry of the issues list: a finding, its number (the pin on the preview) and the links it covers. */
export interface Issue {
  n: number;
  finding: Finding;
  effect: Effect;
  links: string[];
}

export interface IssueGroup {
  effect: Effect;
  label: string;
  worst: Severity;
  issues: Issue[];
}

/** What the verdict counts for one effect: the links (or, for whole-email problems, the issues) it hits. */
export interface VerdictCount {
  effect: Effect;
  label: string;
  worst: Severity;
  links: number;
  other: number;
}

export interface Verdict {
  /** No warning and no error: nothing stands in the way of sending. */
  ready: boolean;
  sentence: string;
  counts: VerdictCount[];
  /** Findings of severity info (shown, never blocking). */
  notes: number;
}

export interface Issues {
  groups: IssueGroup[];
  /** The pin of each link: the number of its first issue and the worst severity of its issues. */
  pins: Map<string, { n: number; severity: Severity }>;
  verdict: Verdict;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One clause of the verdict sentence, in the words of what happens to the campaign. */
function clause(c: VerdictCount): string {
  const hits = c.links > 0 ? c.links : c.other;
  const unit = c.links > 0 ? ['link', 'links'] : ['problem', 'problems'];
  const subject = plural(hits, unit[0] as string, unit[1] as string);
  const is = hits === 1 ? 'is' : 'are';
  switch (c.effect) {
    case 'clicks-not-counted':
      return c.links > 0 ? `${subject} will not count clicks` : `${subject} with click tracking`;
    case 'broken-or-risky':
      return `${subject} ${is} broken or risky`;
    case 'campaign-data':
      return c.links > 0 ? `${subject} lose campaign data (UTM)` : `${subject} with campaign data (UTM)`;
    case 'accessibility':
      return `${subject} ${c.links > 0 ? (hits === 1 ? 'has' : 'have') : 'with'} accessibility problems`.replace(
        'problems with accessibility problems',
        'accessibility problems',
      );
    default:
      return `${plural(hits, 'other problem', 'other problems')}`;
  }
}

function sentenceOf(counts: VerdictCount[]): string {
  const parts = counts.map(clause);
  if (parts.length === 0) return 'Ready to send: no link problem found.';
  const first = parts[0] as string;
  const joined =
    parts.length === 1 ? first : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] as string}`;
  return `${joined.charAt(0).toUpperCase()}${joined.slice(1)}.`;
}

/**
 * The verdict and the issues list of a report: findings grouped by what they do
 * to the campaign, worst group first, worst finding first within a group, each
 * numbered in the order the page shows them (the numbers are the preview's pins).
 */
export function buildIssues(report: Report, rules: ReadonlyMap<string, RuleWords>): Issues {
  const order = new Map(report.links.map((l, i) => [l.id, i]));
  const byEffect = new Map<Effect, Finding[]>();
  for (const f of report.findings) {
    const effect = effectOf(f, rules.get(f.rule));
    const list = byEffect.get(effect);
    if (list) list.push(f);
    else byEffect.set(effect, [f]);
  }
  const position = (f: Finding): number => (f.link === null ? -1 : (order.get(f.link) ?? -1));
  const effectRank = new Map(EFFECTS.map((e, i) => [e.id, i]));
  const groups: IssueGroup[] = EFFECTS.flatMap(({ id, label }) => {
    const findings = byEffect.get(id);
    if (!findings) return [];
    findings.sort(
      (a, b) =>
        RANK[a.severity] - RANK[b.severity] || position(a) - position(b) || a.rule.localeCompare(b.rule),
    );
    const worst = (findings[0] as Finding).severity;
    return [
      {
        effect: id,
        label,
        worst,
        issues: findings.map((finding) => ({ n: 0, finding, effect: id, links: linksOf(finding) })),
      },
    ];
  }).sort(
    (a, b) =>
      RANK[a.worst] - RANK[b.worst] || (effectRank.get(a.effect) ?? 0) - (effectRank.get(b.effect) ?? 0),
  );

  const pins = new Map<string, { n: number; severity: Severity }>();
  let n = 0;
  for (const group of groups) {
    for (const issue of group.issues) {
      issue.n = ++n;
      for (const id of issue.links) {
        const pin = pins.get(id);
        if (!pin) pins.set(id, { n: issue.n, severity: issue.finding.severity });
        else if (RANK[issue.finding.severity] < RANK[pin.severity]) pin.severity = issue.finding.severity;
      }
    }
  }

  const counts: VerdictCount[] = [];
  let notes = 0;
  for (const group of groups) {
    const links = new Set<string>();
    let other = 0;
    let worst: Severity = 'info';
    for (const { finding, links: ids } of group.issues) {
      if (finding.severity === 'info') {
        notes++;
        continue;
      }
      if (RANK[finding.severity] < RANK[worst]) worst = finding.severity;
      if (ids.length === 0) other++;
      for (const id of ids) links.add(id);
    }
    if (links.size + other > 0)
      counts.push({ effect: group.effect, label: group.label, worst, links: links.size, other });
  }
  return {
    groups,
    pins,
    verdict: { ready: counts.length === 0, sentence: sentenceOf(counts), counts, notes },
  };
}

const built = new WeakMap<Report, { rules: ReadonlyMap<string, RuleWords>; issues: Issues }>();

/** buildIssues, once per report object and rule words (the preview and the rest of the page number the same issues). */
export function issuesOf(report: Report, rules: ReadonlyMap<string, RuleWords>): Issues {
  const known = built.get(report);
  if (known?.rules === rules) return known.issues;
  const issues = buildIssues(report, rules);
  built.set(report, { rules, issues });
  return issues;
}
