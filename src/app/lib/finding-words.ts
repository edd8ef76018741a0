import type { Finding, Severity } from '../../core/types';

/** A severity in the page's words. */
export const SEVERITY_WORD: Record<Severity, string> = { error: 'problem', warning: 'warning', info: 'note' };

/** What a problem does to the campaign; the page groups findings by it. */
export type Effect = 'clicks-not-counted' | 'broken-or-risky' | 'campaign-data' | 'accessibility' | 'other';

/** The groups of the verdict and the issues list, in the order the page shows them. */
export const EFFECTS: ReadonlyArray<{ id: Effect; label: string }> = [
  { id: 'clicks-not-counted', label: 'Clicks not counted' },
  { id: 'broken-or-risky', label: 'Broken or risky links' },
  { id: 'campaign-data', label: 'Campaign data (UTM)' },
  { id: 'accessibility', label: 'Accessibility' },
  { id: 'other', label: 'Other' },
];

/** A rule as the page knows it (from the worker's catalogue). */
export interface RuleWords {
  category: string;
  summary: string;
}

/** The plain fields the core gives each finding; older reports (saved before they existed) may lack them. */
type Worded = Finding & Partial<{ effect: Effect; title: string; impact: string; remedy: string }>;

const BY_CATEGORY: Record<string, Effect> = {
  tracking: 'clicks-not-counted',
  'tracking-domain': 'clicks-not-counted',
  utm: 'campaign-data',
  accessibility: 'accessibility',
  url: 'broken-or-risky',
  encoding: 'broken-or-risky',
  'merge-tags': 'broken-or-risky',
  security: 'broken-or-risky',
  redirects: 'broken-or-risky',
};

/** A command-line option never reaches the page, even from an old report's sentence. */
function withoutFlags(text: string): string {
  return text
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => !/(^|\s)--[a-z]/.test(sentence))
    .join(' ');
}

export function effectOf(f: Finding, rule: RuleWords | undefined): Effect {
  return (f as Worded).effect ?? BY_CATEGORY[rule?.category ?? ''] ?? 'other';
}

export function titleOf(f: Finding, rule: RuleWords | undefined): string {
  return (f as Worded).title ?? rule?.summary ?? f.rule;
}

/** A developer sentence split in two: what happens (its first sentence) and what to do (the rest). */
function splitMessage(message: string): [string, string] {
  const sentences = withoutFlags(message).split(/(?<=[.!?])\s+(?=[A-Z])/);
  return [sentences[0] ?? '', sentences.slice(1).join(' ')];
}

export function impactOf(f: Finding): string {
  const own = (f as Worded).impact;
  return own !== undefined ? withoutFlags(own) : splitMessage(f.message)[0];
}

export function remedyOf(f: Finding): string {
  const own = (f as Worded).remedy;
  return own !== undefined ? withoutFlags(own) : splitMessage(f.message)[1];
}

/** Every link a finding is about: its own and the others the same cause covers. */
export function linksOf(f: Finding): string[] {
  const related = (f as Finding & { relatedLinks?: string[] }).relatedLinks ?? [];
  return f.link === null ? related : [f.link, ...related.filter((id) => id !== f.link)];
}
