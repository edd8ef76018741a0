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
  for (const link of links) {
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
  runs.forEach((run, r) => {
    const first = run[0];
    const last = run[run.length - 1];
    if (!first || !isOutlookOnly(first) || !last) return;
    const k = run.length;
    const after = (runs[r + 1] ?? []).slice(0, k);
    const before = (runs[r - 1] ?? []).slice(-k);
    const gapAfter = after[0] ? after[0].startTag.start - last.elementRange.end : Infinity;
    const gapBefore = before[before.length - 1]
      ? first.startTag.start - (before[before.length - 1]?.elementRange.end ?? 0)
      : Infinity;
    // The nearer side is the button's other half.
    const [near, far] = gapBefore < gapAfter ? [before, after] : [after, before];
    const candidates = [...near, ...far];
    const hrefs = new Map<string, Link>();
    for (const c of candidates) if (!hrefs.has(hrefKey(c))) hrefs.set(hrefKey(c), c);
    const landings = new Map<string, Link>();
    for (const c of candidates) if (!landings.has(landingKey(c))) landings.set(landingKey(c), c);

    run.forEach((link, i) => {
      const sameHref = hrefs.get(hrefKey(link));
      if (sameHref) {
        out.push({ link, counterpart: sameHref, sameHref: true, sameLanding: true });
        return;
      }
      const sameLanding = landings.get(landingKey(link));
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
    });
  });
  return out;
}
