/**
 * What readers' privacy tools do to the links and the open pixel of one
 * email: which parameters a mail client or browser removes before the page
 * loads (`param-stripped`), and which requests a blocker using Ghostery's
 * tracker database stops (`tracker-blocked`). Pure: the engines come in.
 */

import { APPLE_KEPT, appleStripped, type AppleParameter } from '../data/apple-link-tracking-protection';
import type { ImageInfo } from '../extract/extract-links';
import type { Link } from '../types';
import type { PrivacyEngines, TrackerMatch } from './privacy-engines';
import { parsedUrl } from '../url/parsed-url';

/** Who removes parameters. Firefox's and Brave's lists are not published as a package, so they are not judged. */
export type Stripper = 'apple' | 'proton';

export const STRIPPER_NAMES: Record<Stripper, string> = {
  apple: 'Apple Mail, Messages and Safari Private Browsing',
  proton: 'Proton Mail',
};

export interface StrippedParameter {
  name: string;
  by: Stripper[];
  /** Who uses the parameter, where Apple's list says. */
  owner: string | null;
  /** For Apple: whether the removal was seen in a test or only reported. */
  appleStatus: 'observed' | 'reported' | null;
}

export interface LinkStripping {
  link: Link;
  removed: StrippedParameter[];
  /** Campaign parameters (`utm_*`) on the link that Apple was seen to let through. */
  keptByApple: string[];
  /** Proton's cleaner opens this host instead (it skips a redirect), or null. */
  protonSkipsTo: string | null;
}

function queryNames(url: string): readonly string[] {
  return parsedUrl(url).searchNames;
}

const APPLE_KEPT_NAMES = new Set(APPLE_KEPT.map((p) => p.name));

/** A campaign parameter (`utm_*`) Apple was seen to let through. */
function isKeptByApple(name: string): boolean {
  return APPLE_KEPT_NAMES.has(name) && name.startsWith('utm_');
}

function hostOf(url: string): string | null {
  return parsedUrl(url).fields?.hostname ?? null;
}

/** The web links whose URL loses parameters to a reader's mail client or browser. */
export function strippedParameters(links: readonly Link[], engines: PrivacyEngines | null): LinkStripping[] {
  const out: LinkStripping[] = [];
  // An email repeats its links: each distinct URL is judged once.
  const byUrl = new Map<string, Omit<LinkStripping, 'link'> | null>();
  const shared = new SharedRemovals();
  for (const link of links) {
    if (link.kind !== 'web' || link.url === null) continue;
    let stripping = byUrl.get(link.url);
    if (stripping === undefined) {
      stripping = strippingOf(link.url, engines, shared);
      byUrl.set(link.url, stripping);
    }
    if (stripping !== null) {
      // Written out, not spread: one record per link of a long email.
      out.push({
        link,
        removed: stripping.removed,
        keptByApple: stripping.keptByApple,
        protonSkipsTo: stripping.protonSkipsTo,
      });
    }
  }
  return out;
}

/**
 * The parameter records and `removed` lists of one call of strippedParameters, shared by the URLs that
 * remove the same parameters (most links of an email carry the same campaign parameters): one record per
 * parameter and remover rather than per URL, and one list per set (of the URLs whose redirect Proton does
 * not skip), whose group key param-stripped makes once (measured: a record and its list of removers per
 * parameter and URL, and a group key per URL, before).
 * Nobody changes them: they end up in the findings' data as they are.
 */
class SharedRemovals {
  private readonly records: [Map<string, StrippedParameter>, Map<string, StrippedParameter>] = [
    new Map(),
    new Map(),
  ];
  private readonly lists: ListNode = { list: null, next: null };

  /** The record of a parameter Apple (by its list) or Proton (when `byProton`) removes. */
  record(name: string, apple: AppleParameter | undefined, byProton: boolean): StrippedParameter {
    const records = this.records[byProton ? 1 : 0];
    let record = records.get(name);
    if (record === undefined) {
      const by: Stripper[] = [];
      if (apple) by.push('apple');
      if (byProton) by.push('proton');
      record = { name, by, owner: apple?.owner ?? null, appleStatus: apple?.status ?? null };
      records.set(name, record);
    }
    return record;
  }

  private lastKept: string[] = [];

  /**
   * The `utm_*` names of a URL that Apple lets through (isKeptByApple), in order: the previous URL's list
   * when it is the same (most links carry the same campaign parameters), not a new list per URL (measured).
   */
  kept(names: readonly string[]): string[] {
    const last = this.lastKept;
    let n = 0;
    let same = true;
    for (let i = 0; i < names.length; i++) {
      const name = names[i] as string;
      if (!isKeptByApple(name)) continue;
      if (last[n] !== name) same = false;
      n++;
    }
    if (same && n === last.length) return last;
    this.lastKept = names.filter(isKeptByApple);
    return this.lastKept;
  }

  /**
   * Where strippingOf collects a URL's records: one list for the call, written from the start for each URL
   * (a list per URL, grown by push, was made and mostly dropped for the shared one, measured).
   */
  readonly scratch: StrippedParameter[] = [];

  /** The one list of the first `count` records of `removed`, in this order (a copy of them the first time). */
  list(removed: readonly StrippedParameter[], count: number): StrippedParameter[] {
    let node = this.lists;
    for (let i = 0; i < count; i++) {
      const record = removed[i] as StrippedParameter;
      node.next ??= new Map();
      let next = node.next.get(record);
      if (next === undefined) {
        next = { list: null, next: null };
        node.next.set(record, next);
      }
      node = next;
    }
    node.list ??= removed.slice(0, count);
    return node.list;
  }
}

interface ListNode {
  list: StrippedParameter[] | null;
  next: Map<StrippedParameter, ListNode> | null;
}

/** What readers' privacy tools remove from one URL; null when nothing. */
function strippingOf(
  url: string,
  engines: PrivacyEngines | null,
  shared: SharedRemovals,
): Omit<LinkStripping, 'link'> | null {
  const names = queryNames(url);
  const proton = engines?.cleanForProton(url) ?? null;
  const removedByProton = proton?.removed ?? [];
  // Collected in the shared scratch list; copied only for a list not met before (see SharedRemovals.list).
  const removed = shared.scratch;
  let count = 0;
  // A name written twice is judged once. Most queries are short: sets only for a long one.
  const long = names.length > 16;
  const seen = long ? new Set<string>() : null;
  const protonRemoved = long ? new Set(removedByProton) : null;
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    if (seen ? seen.has(name) : names.indexOf(name) < i) continue;
    seen?.add(name);
    const apple = appleStripped(name);
    const byProton = protonRemoved ? protonRemoved.has(name) : removedByProton.includes(name);
    // Most parameters are stripped by neither.
    if (!apple && !byProton) continue;
    removed[count++] = shared.record(name, apple, byProton);
  }
  const skipHost = proton?.newHost && proton.url !== url ? hostOf(proton.url) : null;
  const protonSkipsTo = skipHost !== null && skipHost !== hostOf(url) ? skipHost : null;
  if (count === 0 && protonSkipsTo === null) return null;
  return {
    // A list with a skipped redirect stays its URL's own: param-stripped groups by list and skip target.
    removed: protonSkipsTo === null ? shared.list(removed, count) : removed.slice(0, count),
    keptByApple: shared.kept(names),
    protonSkipsTo,
  };
}

export interface BlockedRequest {
  kind: 'link' | 'pixel';
  /** The link, for a click; null for the pixel. */
  link: Link | null;
  /** Where the link or image is in the HTML. */
  offset: number;
  url: string;
  tracker: TrackerMatch;
}

/**
 * The click links (judged as top-level navigations) and open pixels (judged
 * as images loaded by a webmail page) that a blocker using Ghostery's tracker
 * database stops.
 */
export function blockedRequests(
  links: readonly Link[],
  pixels: readonly ImageInfo[],
  engines: PrivacyEngines,
): BlockedRequest[] {
  const out: BlockedRequest[] = [];
  for (const link of links) {
    if (link.kind !== 'web' || link.url === null) continue;
    const tracker = engines.matchTracker(link.url, 'main_frame');
    if (tracker) out.push({ kind: 'link', link, offset: link.offset, url: link.url, tracker });
  }
  for (const image of pixels) {
    const src = image.src?.trim() ?? '';
    if (!WEB_URL.test(src)) continue;
    const tracker = engines.matchTracker(src, 'image');
    if (tracker) out.push({ kind: 'pixel', link: null, offset: image.offset, url: src, tracker });
  }
  return out;
}

/** A module constant: a regex literal makes a RegExp object for every image. */
const WEB_URL = /^https?:\/\//i;

/** Groups items by a key, keeping first-seen order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}
