import type { AnalyzeOptions, Link, Mode } from '../types';

export interface TrackingContext {
  mode: Mode;
  esp: string | null;
  trackingDomains: string[];
}

export interface TrackingContextInput {
  links: readonly Link[];
  inputKind: 'html' | 'eml';
  headers: ReadonlyArray<{ key: string; value: string }>;
  options: Readonly<AnalyzeOptions>;
}

/** Whether `host` is `domain` or one of its subdomains. */
export function hostMatches(host: string, domain: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const d = domain.toLowerCase().replace(/\.$/, '');
  return h === d || h.endsWith(`.${d}`);
}

export function hostOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * How the email is judged (rules.md "Tracking context"): sent when the input
 * is an .eml or tracking domains are named; the named tracking domains. The
 * platform catalogue refines this (esp, recognised tracking hosts).
 */
export function detectTrackingContext(input: TrackingContextInput): TrackingContext {
  const named = (input.options.trackingDomains ?? []).map((d) => d.toLowerCase());
  const mode: Mode =
    input.options.mode ?? (input.inputKind === 'eml' || named.length > 0 ? 'sent' : 'template');
  return { mode, esp: null, trackingDomains: named };
}

/** Sets `tracked` on each web link in sent mode. */
export function markTracked(links: Link[], context: TrackingContext): void {
  for (const link of links) {
    if (context.mode !== 'sent' || link.kind !== 'web') {
      link.tracked = null;
      continue;
    }
    const host = hostOf(link.url);
    link.tracked = host !== null && context.trackingDomains.some((d) => hostMatches(host, d));
  }
}
