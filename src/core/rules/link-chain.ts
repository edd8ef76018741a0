/**
 * Readings of a link's redirect chain shared by the online link rules.
 */

import type { LinkCheckFacts } from '../facts';

/** Hops before the destination: each hop but the last led to the next. */
export function redirectCount(fact: LinkCheckFacts): number {
  return Math.max(0, fact.hops.length - 1);
}

/** Statuses and walls that block automated checks: the link's real state is unknown. */
const BOT_BLOCK_STATUSES: ReadonlySet<number> = new Set([999, 403, 429]);

/** Why the final answer is a bot wall, or null. */
export function botBlockOf(fact: LinkCheckFacts): string | null {
  if (fact.error) return null;
  const last = fact.hops[fact.hops.length - 1];
  if (last?.botWall) return last.botWall;
  if (fact.finalStatus !== null && BOT_BLOCK_STATUSES.has(fact.finalStatus))
    return `status ${fact.finalStatus}`;
  return null;
}

/** The index of the last hop, or undefined when nothing was requested. */
export function lastHop(fact: LinkCheckFacts): number | undefined {
  return fact.hops.length > 0 ? fact.hops.length - 1 : undefined;
}
