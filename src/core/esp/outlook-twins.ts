import { cleanHref } from '../extract/classify-href';
import type { Link } from '../types';
import { comparisonKey } from '../url/comparable-url';
import { isOutlookOnly } from '../url/outlook-only';

/** The href in canonical form (or as cleaned, for what is not a web URL). */
function hrefKey(link: Link): string {
  const href = link.href ?? '';
  return (link.kind === 'web' ? comparisonKey(href) : null) ?? cleanHref(href);
}

/** Where the link lands: the decoded destination of a wrapper, else the href. */
function landingKey(link: Link): string {
  const url = link.destination?.url;
  return (url ? comparisonKey(url) : null) ?? hrefKey(link);
}

/** Kinds of working links: a counterpart must be of the same kind. */
export const PROPER_KINDS: ReadonlySet<string> = new Set(['web', 'mailto', 'tel', 'sms', 'merge-tag']);

/** Runs of consecutive links that are all Outlook-only or all not. */
function runsOf(links: readonly Link[]): Link[][] {
  const runs: Link[][] = [];
  let current: Link[] = [];
  for (let i = 0; i < links.length; i++) {
    const link = links[i] as Link;
    if (link.href === null) continue;
    if (current[0] && isOutlookOnly(current[0]) !== isOutlookOnly(link)) {
      runs.push(current);
      current = [];
    }
    current.push(link);
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

/** An Outlook-only link and the link other email clients see for the same button. */
export interface OutlookTwin {
  link: Link;
  /** The other half of the button, or null when none stands next to it. */
  counterpart: Link | null;
  /** The two hrefs are the same in canonical form. */
  sameHref: boolean;
  /** The two land on the same page (decoded wrapper destinations compared). */
  sameLanding: boolean;
}

/**
 * Each Outlook-only link (a VML `href`, a link inside `<!--[if mso]>`) with
 * its counterpart for other clients. A button's Outlook-only run sits next to
 * the run other clients see: usually the `<!--[if !mso]><!-->` sibling after
 * it, sometimes before it. A run of k Outlook-only links is compared with the
 * k links on each side (the nearer side first, and among those preferably the
 * same destination or the same text): linear in the number of links.
 */
export function outlookTwins(links: readonly Link[]): OutlookTwin[] {
  const out: OutlookTwin[] = [];
  const runs = runsOf(links);
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r] as Link[];
    const first = run[0];
    const last = run[run.length - 1];
    if (!first || !isOutlookOnly(first) || !last) continue;
    const k = run.length;
    const after = (runs[r + 1] ?? []).slice(0, k);
    const before = (runs[r - 1] ?? []).slice(-k);
    const gapAfter = after[0] ? after[0].startTag.start - last.elementRange.end : Infinity;
    const gapBefore = before[before.length - 1]
      ? first.startTag.start - (before[before.length - 1]?.elementRange.end ?? 0)
      : Infinity;
    // The nearer side is the button's other half.
    const near = gapBefore < gapAfter ? before : after;
    const far = gapBefore < gapAfter ? after : before;
    const candidates = near.concat(far);
    const sameHrefAs = firstByKey(candidates, hrefKey);
    const sameLandingAs = firstByKey(candidates, landingKey);

    for (let i = 0; i < run.length; i++) {
      const link = run[i] as Link;
      const sameHref = sameHrefAs(hrefKey(link));
      if (sameHref) {
        out.push({ link, counterpart: sameHref, sameHref: true, sameLanding: true });
        continue;
      }
      const sameLanding = sameLandingAs(landingKey(link));
      const text = link.text.toLowerCase();
      const sameText = text !== '' ? candidates.find((c) => c.text.toLowerCase() === text) : undefined;
      // A web button's other half is a web link, not the mailto: next to it; a broken
      // Outlook href (empty, relative) is compared with whatever stands there.
      const fits = (c: Link | undefined): c is Link =>
        c !== undefined && (c.kind === link.kind || !PROPER_KINDS.has(link.kind));
      const counterpart =
        sameLanding ?? sameText ?? [near[i], near[near.length - 1], far[i], far[far.length - 1]].find(fits);
      out.push({
        link,
        counterpart: counterpart ?? null,
        sameHref: false,
        sameLanding: sameLanding !== undefined,
      });
    }
  }
  return out;
}

/**
 * The first candidate with a key, by its key: a scan of the keys for the few candidates of a button
 * (most runs have one or two), a map for a long run. Two maps per Outlook run were most of the rule's
 * allocation (measured).
 */
function firstByKey(
  candidates: readonly Link[],
  keyOf: (link: Link) => string,
): (key: string) => Link | undefined {
  const keys = candidates.map(keyOf);
  if (keys.length <= 8) {
    return (key) => {
      const i = keys.indexOf(key);
      return i === -1 ? undefined : candidates[i];
    };
  }
  const byKey = new Map<string, Link>();
  keys.forEach((key, i) => {
    if (!byKey.has(key)) byKey.set(key, candidates[i] as Link);
  });
  return (key) => byKey.get(key);
}
