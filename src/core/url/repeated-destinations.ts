import type { Link } from '../types';
import { comparisonKey } from './comparable-url';
import { isOutlookOnly } from './outlook-only';

/** A link whose destination an earlier link already has. */
export interface RepeatedDestination {
  link: Link;
  /** How this link writes the destination (source text). */
  written: string;
  /** `same`: an earlier link writes it identically; `different`: only differently. */
  writing: 'same' | 'different';
  /** The earlier link: the first written identically (`same`) or the first with the destination (`different`). */
  first: Link;
  firstWritten: string;
}

/**
 * The web links whose destination appeared earlier in the email, in one pass
 * (hash maps: linear in the number of links). Outlook-only links are left
 * out: a VML button repeats its HTML counterpart by design, which
 * `vml-link-mismatch` checks.
 */
export function repeatedDestinations(links: readonly Link[]): RepeatedDestination[] {
  // duplicate-link and inconsistent-duplicate both ask, about the same list: compute once.
  const cached = CACHE.get(links);
  if (cached) return cached;
  const out = compute(links);
  CACHE.set(links, out);
  return out;
}

const CACHE = new WeakMap<readonly Link[], RepeatedDestination[]>();

/** The first link of a destination key, and the first link of each other writing of it. */
interface KeyEntry {
  link: Link;
  written: string;
  /** Made when a second writing appears (most destinations are written one way: no map for them). */
  others: Map<string, Link> | null;
}

function compute(links: readonly Link[]): RepeatedDestination[] {
  const byKey = new Map<string, KeyEntry>();
  const out: RepeatedDestination[] = [];
  for (const link of links) {
    if (isOutlookOnly(link)) continue;
    // A web link's destination key, and how the source writes it (entities not decoded).
    if (link.href === null || link.kind !== 'web') continue;
    const key = comparisonKey(link.href);
    if (key === null) continue;
    const written = link.raw?.rawValue ?? link.href;
    const first = byKey.get(key);
    if (first === undefined) {
      byKey.set(key, { link, written, others: null });
      continue;
    }
    const sameWriting = first.written === written ? first.link : first.others?.get(written);
    if (sameWriting) {
      out.push({ link, written, writing: 'same', first: sameWriting, firstWritten: written });
    } else {
      (first.others ??= new Map()).set(written, link);
      out.push({
        link,
        written,
        writing: 'different',
        first: first.link,
        firstWritten: first.written,
      });
    }
  }
  return out;
}
