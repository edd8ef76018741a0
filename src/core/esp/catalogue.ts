/**
 * Look-ups in the platform catalogue (./platforms.ts). Pure functions over the
 * data: no network, no DOM; the look-up service, the tracking context and the
 * rules all ask here.
 */

import { urlFields } from '../url/url-fields';
import type { Platform, UrlShape, UrlShapeKind } from './platform';
import { memoByString } from '../cache/string-memo';
import { OTHER_OPT_OUT_ATTRIBUTES, PLATFORMS } from './platforms';
import { memoByUrl, parsedUrl } from '../url/parsed-url';

export const platforms: readonly Platform[] = PLATFORMS;

const byId: ReadonlyMap<string, Platform> = new Map(PLATFORMS.map((p) => [p.id, p]));

export function platformById(id: string): Platform | undefined {
  return byId.get(id);
}

/** The display name of a platform id (the id itself when unknown). */
export function platformName(id: string): string {
  return byId.get(id)?.name ?? id;
}

/** A module constant: a regex literal makes a RegExp object on every call (once per URL). */
const TRAILING_DOT = /\.$/;

function normaliseHost(host: string): string {
  return host.trim().toLowerCase().replace(TRAILING_DOT, '');
}

/** The platform whose own host this is (tracking, web-version or asset host), or null. */
export function findPlatformByHost(host: string): string | null {
  return platformOfHost(host);
}

/** Every web link's host is tested against every platform's host patterns: once per distinct host. */
const platformOfHost = memoByString((host: string): string | null => {
  const h = normaliseHost(host);
  if (h === '') return null;
  for (const p of PLATFORMS) {
    if (p.hosts.some((entry) => entry.host.test(h))) return p.id;
  }
  return null;
}, 2_000);

/**
 * The platform whose CNAME target matches any name of a branded tracking
 * domain's CNAME chain (the first platform in catalogue order), or null.
 */
export function findPlatformByCname(chain: readonly string[]): string | null {
  for (const raw of chain) {
    const name = normaliseHost(raw);
    if (name === '') continue;
    for (const p of PLATFORMS) {
      if (p.cnameTargets.some((t) => t.name.test(name))) return p.id;
    }
  }
  return null;
}

/** The CNAME targets a platform's branded tracking domains point at, as people write them; empty when unknown. */
export function expectedCnameTargets(esp: string): string[] {
  return byId.get(esp)?.cnameTargets.map((t) => t.shown) ?? [];
}

function parse(url: string | URL): Readonly<URL> | null {
  return typeof url === 'string' ? parsedUrl(url).whatwg : url;
}

export interface ShapeMatch {
  platform: string;
  kind: UrlShapeKind;
  strength: UrlShape['strength'];
  /** True when the match came from the platform's own host rather than a path shape. */
  byHost: boolean;
}

/**
 * Every catalogue shape a URL has, in catalogue order: click URLs on a
 * platform's click host, then path shapes (on any host, or the hosts a shape names).
 */
export function shapesOf(url: string | URL, kinds?: readonly UrlShapeKind[]): ShapeMatch[] {
  const all = sharedShapesOf(url);
  return kinds ? all.filter((m) => kinds.includes(m.kind)) : all.slice();
}

/**
 * The first of a URL's shapes (shapesOf's order) of one of `kinds`, without the filtered copy shapesOf
 * makes: asked for every distinct URL.
 */
export function firstShapeOf(url: string | URL, kinds: readonly UrlShapeKind[]): ShapeMatch | undefined {
  const shapes = sharedShapesOf(url);
  for (let i = 0; i < shapes.length; i++)
    if (kinds.includes((shapes[i] as ShapeMatch).kind)) return shapes[i];
  return undefined;
}

/**
 * How strongly a URL has a shape of one kind: `strong` when one of its shapes of the kind is, `weak` when
 * it has only weak ones, null when none. Read from the shared shapes, without the filtered copy shapesOf
 * makes: asked for every image (measured).
 */
export function shapeStrengthOf(url: string, kind: UrlShapeKind): UrlShape['strength'] | null {
  const shapes = sharedShapesOf(url);
  let found: UrlShape['strength'] | null = null;
  for (let i = 0; i < shapes.length; i++) {
    const m = shapes[i] as ShapeMatch;
    if (m.kind !== kind) continue;
    if (m.strength === 'strong') return 'strong';
    found = m.strength;
  }
  return found;
}

/** One test of a URL against the catalogue: a path shape, or a platform's click host (with its click path). */
interface Candidate {
  platform: string;
  kind: UrlShapeKind;
  strength: UrlShape['strength'];
  /** Tested against `pathname + search`; null: every path. */
  path: RegExp | null;
  byHost: boolean;
  /** The group of shapes for any host whose screen `path` is in (SHAPE_GROUPS), or -1. */
  group: number;
}

/**
 * The catalogue's tests that apply on one host, in catalogue order (each
 * platform's shapes, then its click hosts): the host patterns are tested once
 * per distinct host, not once per link.
 */
const candidatesOnHost = memoByString((host: string): HostCandidates => {
  const candidates: Candidate[] = [];
  let hostless = true;
  for (const p of PLATFORMS) {
    for (const shape of p.shapes) {
      if (shape.host && !shape.host.test(host)) continue;
      if (shape.host) hostless = false;
      candidates.push({
        platform: p.id,
        kind: shape.kind,
        strength: shape.strength,
        path: shape.path,
        byHost: false,
        group: shape.host ? -1 : (SHAPE_GROUPS.groupOf.get(shape) ?? -1),
      });
    }
    for (const entry of p.hosts) {
      if (entry.role !== 'click' || !entry.host.test(host)) continue;
      hostless = false;
      candidates.push({
        platform: p.id,
        kind: 'click',
        strength: 'strong',
        path: entry.clickPath ?? null,
        byHost: true,
        group: -1,
      });
    }
  }
  return { candidates, hostless };
}, 2_000);

/** The tests on one host; `hostless` when they are the shapes for any host alone (no platform's own host). */
interface HostCandidates {
  candidates: readonly Candidate[];
  hostless: boolean;
}

/**
 * The path patterns of the shapes for any host, joined into one alternation
 * per set of flags: on a host that is no platform's, a path none of them
 * matches has no shape, in one test instead of one per shape (most links are
 * no platform's). Null when joining could change a pattern (back-references,
 * named groups, `g`/`y` state): then every shape is tested.
 */
const HOSTLESS_SCREENS: readonly RegExp[] | null = ((): RegExp[] | null => {
  const byFlags = new Map<string, RegExp[]>();
  for (const p of PLATFORMS) {
    for (const { host, path } of p.shapes) {
      if (host) continue;
      if (!joinable(path)) return null;
      byFlags.set(path.flags, [...(byFlags.get(path.flags) ?? []), path]);
    }
  }
  return [...byFlags.values()].map(alternation);
})();

/** Whether a pattern means the same joined into an alternation (no back-references, named groups, `g`/`y` state). */
function joinable(pattern: RegExp): boolean {
  return !/[gy]/.test(pattern.flags) && !/\\[1-9]|\\k<|\(\?<[^=!]/.test(pattern.source);
}

/** One pattern matching where any of `patterns` does: joinable ones, all with the flags of the first. */
function alternation(patterns: readonly RegExp[]): RegExp {
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), patterns[0]?.flags);
}

/**
 * The shapes for any host in groups of up to eight, in catalogue order, each group's patterns joined into
 * one alternation (as HOSTLESS_SCREENS joins them all): a URL that passes the screens (a platform's click
 * URL) is tested against the eight or so groups and then the shapes of the groups that match, instead of
 * against each of the catalogue's 67 shapes (measured: the shapes of the click URLs of a long email took
 * longer than their WHATWG parse). A pattern joining could change is in no group.
 */
const SHAPE_GROUPS: { groupOf: ReadonlyMap<UrlShape, number>; screens: readonly RegExp[] } = (() => {
  const groupOf = new Map<UrlShape, number>();
  const screens: RegExp[] = [];
  let members: UrlShape[] = [];
  const close = (): void => {
    if (members.length === 0) return;
    for (const shape of members) groupOf.set(shape, screens.length);
    screens.push(alternation(members.map((m) => m.path)));
    members = [];
  };
  for (const p of PLATFORMS) {
    for (const shape of p.shapes) {
      if (shape.host || !joinable(shape.path)) continue;
      if (members.length === 8 || (members.length > 0 && members[0]?.path.flags !== shape.path.flags))
        close();
      members.push(shape);
    }
  }
  close();
  return { groupOf, screens };
})();

/** Per group of SHAPE_GROUPS, whether the URL allShapesOf is at matches its screen: reset for each URL. */
const groupState = new Uint8Array(SHAPE_GROUPS.screens.length);
const UNTESTED = 0;
const MATCHES = 1;
const FAILS = 2;

/** Whether `rest` may have a shape of the group (always without one): its screen tested at most once per URL. */
function groupMayMatch(group: number, rest: string): boolean {
  if (group < 0) return true;
  let state = groupState[group];
  if (state === UNTESTED) {
    state = (SHAPE_GROUPS.screens[group] as RegExp).test(rest) ? MATCHES : FAILS;
    groupState[group] = state;
  }
  return state === MATCHES;
}

/**
 * Every shape of a URL, of every kind (shapesOf filters by kind: the result is the same). Most URLs have
 * none: they share one empty list (asked once per distinct URL, and kept for the analysis).
 */
function allShapesOf(url: string | URL): readonly ShapeMatch[] {
  const u = typeof url === 'string' ? urlFields(url) : url;
  if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:')) return NO_SHAPES;
  const host = normaliseHost(u.hostname);
  // Where the href ends with the path and query (no fragment, no bare `?` or `#`: most URLs), a slice of
  // it rather than a joined copy to flatten for the pattern tests (once per distinct URL, measured).
  const href = u.href;
  const at = href.length - u.pathname.length - u.search.length;
  const rest =
    href.startsWith(u.pathname, at) && href.endsWith(u.search) ? href.slice(at) : u.pathname + u.search;
  const { candidates, hostless } = candidatesOnHost(host);
  if (hostless && HOSTLESS_SCREENS !== null && !anyMatches(HOSTLESS_SCREENS, rest)) return NO_SHAPES;
  let out: ShapeMatch[] | null = null;
  groupState.fill(UNTESTED);
  for (const c of candidates) {
    if (c.path && (!groupMayMatch(c.group, rest) || !c.path.test(rest))) continue;
    out ??= [];
    if (c.byHost) {
      if (!out.some((m) => m.platform === c.platform && m.kind === 'click')) {
        out.push({ platform: c.platform, kind: 'click', strength: 'strong', byHost: true });
      }
    } else {
      out.push({ platform: c.platform, kind: c.kind, strength: c.strength, byHost: false });
    }
  }
  return out ?? NO_SHAPES;
}

const NO_SHAPES: readonly ShapeMatch[] = Object.freeze([]);

/** Whether any of the patterns matches (a loop: `some` made a closure per URL). */
function anyMatches(patterns: readonly RegExp[], text: string): boolean {
  for (const pattern of patterns) if (pattern.test(text)) return true;
  return false;
}

const allShapesOfText = memoByUrl((url: string) => allShapesOf(url));

/** A URL's shapes: for a URL text, the list shared for the analysis (read it, never change it). */
function sharedShapesOf(url: string | URL): readonly ShapeMatch[] {
  return typeof url === 'string' ? allShapesOfText(url) : allShapesOf(url);
}

/**
 * The platform whose click-tracking URL this is: on the platform's click host,
 * or a strong click shape on any host (a branded domain); `weak` shapes too when
 * asked. Where the host's platform and the shape's differ (Klaviyo's host with
 * SendGrid's `/ls/click`), the host wins.
 */
export function clickPlatformOf(url: string | URL, options?: { weak?: boolean }): string | null {
  // No default options object: this is asked for every link, mostly without options.
  const match = clickMatchOf(url);
  return match.strong ?? (options?.weak === true ? match.weak : null);
}

/** The platform of a click URL by strong evidence (host or strong shape), and by a weak shape alone. */
export function clickMatchOf(url: string | URL): Readonly<{
  strong: string | null;
  weak: string | null;
  byHost: boolean;
}> {
  // Read from the shared shapes without a filtered copy: this is asked several times for every link.
  let first: ShapeMatch | undefined;
  let host: ShapeMatch | undefined;
  let strongShape: ShapeMatch | undefined;
  // Indexed: a for-of over the shared (frozen) empty list made an iterator per call.
  const shapes = sharedShapesOf(url);
  for (let i = 0; i < shapes.length; i++) {
    const m = shapes[i] as ShapeMatch;
    if (m.kind !== 'click') continue;
    first ??= m;
    if (host === undefined && m.byHost) host = m;
    if (strongShape === undefined && m.strength === 'strong') strongShape = m;
  }
  // Most URLs have no click shape: they share one answer, not a new one per call.
  if (first === undefined) return NO_CLICK;
  const strong = host ?? strongShape;
  return { strong: strong?.platform ?? null, weak: first.platform, byHost: host !== undefined };
}

const NO_CLICK = Object.freeze({ strong: null, weak: null, byHost: false });

export interface OptOutMatch {
  /** The attribute as the catalogue names it (`clicktracking`, `class`). */
  attribute: string;
  /** The value that turned tracking off, when the entry names one. */
  value: string | null;
  /** Platform ids that honour it (empty for an owner no source named). */
  platforms: string[];
}

/** The click-tracking opt-outs an element's attributes (lowercase name → value) carry. */
export function optOutsOf(attributes: Readonly<Record<string, string>>): readonly OptOutMatch[] {
  // Asked for every link, and most have none: the shared empty list then, not a new one each.
  let out: OptOutMatch[] | null = null;
  for (const name in attributes) {
    if (!OPT_OUT_NAMES.has(name)) continue;
    const actual = attributes[name] ?? '';
    for (const entry of OPT_OUT_ENTRIES) {
      if (entry.name !== name || !valueMatches(entry.name, actual, entry.value)) continue;
      const key = entry.value ?? null;
      out ??= [];
      let match = out.find((m) => m.attribute === entry.name && m.value === key);
      if (!match) {
        match = { attribute: entry.name, value: key, platforms: [] };
        out.push(match);
      }
      if (entry.platform !== null && !match.platforms.includes(entry.platform))
        match.platforms.push(entry.platform);
    }
  }
  return out ?? NO_OPT_OUTS;
}

const NO_OPT_OUTS: readonly OptOutMatch[] = Object.freeze([]);

const OPT_OUT_ENTRIES: ReadonlyArray<{ name: string; value?: string; platform: string | null }> = [
  ...PLATFORMS.flatMap((p) =>
    p.optOut.map((o) => ({
      name: o.name,
      ...(o.value !== undefined ? { value: o.value } : {}),
      platform: p.id,
    })),
  ),
  ...OTHER_OPT_OUT_ATTRIBUTES.map((o) => ({
    name: o.name,
    ...(o.value !== undefined ? { value: o.value } : {}),
    platform: null,
  })),
];
const OPT_OUT_NAMES: ReadonlySet<string> = new Set(OPT_OUT_ENTRIES.map((e) => e.name));

function valueMatches(name: string, actual: string, expected: string | undefined): boolean {
  if (expected === undefined) return !/^\s*false\s*$/i.test(actual);
  if (name === 'class') {
    return actual.split(/\s+/).some((token) => token.toLowerCase() === expected.toLowerCase());
  }
  return actual.trim().toLowerCase() === expected.toLowerCase();
}

/**
 * Every merge-tag sign of the catalogue, joined into one alternation per set
 * of flags: an href none of them matches shows no sign, in one test instead of
 * one per sign (most hrefs have no merge tag). A pattern the joining could
 * change (back-references, named groups, `g`/`y` state) makes the screen pass always.
 */
const MERGE_TAG_SIGN_SCREENS: readonly RegExp[] = ((): RegExp[] => {
  const byFlags = new Map<string, string[]>();
  for (const p of PLATFORMS) {
    for (const { pattern } of p.mergeTags) {
      if (/[gy]/.test(pattern.flags) || /\\[1-9]|\\k<|\(\?<[^=!]/.test(pattern.source)) return [/^/];
      byFlags.set(pattern.flags, [...(byFlags.get(pattern.flags) ?? []), `(?:${pattern.source})`]);
    }
  }
  return [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
})();

/** A platform whose merge-tag dialect an href shows, with the system link the tag stands for. */
type MergeTagMatch = Readonly<{ platform: string; system: string | null }>;

/**
 * Platforms whose merge-tag dialect an href shows. The list is shared by
 * every caller that asks about the same href in one analysis (it is asked
 * for every link, and most have none): read it, never change it.
 */
export const mergeTagSignsOf: (href: string) => readonly MergeTagMatch[] = memoByUrl(
  (href: string): readonly MergeTagMatch[] => {
    // A loop, not `some`: a closure per href was made for it (most of this step's allocation, measured).
    if (!anyMatches(MERGE_TAG_SIGN_SCREENS, href)) return NO_SIGNS;
    const found: Array<{ platform: string; system: string | null; start: number; end: number }> = [];
    for (const p of PLATFORMS) {
      for (const sign of p.mergeTags) {
        const m = sign.pattern.exec(href);
        if (!m) continue;
        found.push({
          platform: p.id,
          system: sign.system ?? null,
          start: m.index,
          end: m.index + m[0].length,
        });
        break;
      }
    }
    // A tag inside another dialect's tag (`{unsubscribe_url}` inside Ghost's `%%{unsubscribe_url}%%`)
    // is part of that tag, not a sign of its own.
    const inside = (a: (typeof found)[number], b: (typeof found)[number]): boolean =>
      b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start;
    return Object.freeze(
      found
        .filter((a) => !found.some((b) => b !== a && inside(a, b)))
        .map(({ platform, system }) => Object.freeze({ platform, system })),
    );
  },
);

const NO_SIGNS: readonly MergeTagMatch[] = Object.freeze([]);

/** Platforms whose identifying headers a message carries, with how many signs each. */
export function headerSignsOf(headers: ReadonlyArray<{ key: string; value: string }>): Map<string, number> {
  const out = new Map<string, number>();
  // HTML given without its message has no headers: no need to go through every platform's signs.
  if (headers.length === 0) return out;
  for (const p of PLATFORMS) {
    let n = 0;
    for (const sign of p.headers) {
      const named = sign.name.endsWith('*')
        ? (key: string): boolean => key.startsWith(sign.name.slice(0, -1))
        : (key: string): boolean => key === sign.name;
      if (headers.some((h) => named(h.key.toLowerCase()) && (!sign.value || sign.value.test(h.value)))) n++;
    }
    if (n > 0) out.set(p.id, n);
  }
  return out;
}

/** Platforms whose destination parameters (`_kx`, `mkt_tok`) a URL carries. */
export function queryParameterSignsOf(url: string | URL): readonly string[] {
  if (typeof url !== 'string') return queryParameterSignsOfUrl(url);
  // A name can only be there written out, percent-encoded, or split by a tab or line break (which the
  // URL parser drops): most URLs need no parse (and get the shared empty list: this is asked for every link).
  if (!hasEscapeOrBreak(url) && !QUERY_PARAMETER_NAME.test(url)) return NO_PLATFORMS;
  return queryParameterSignsOfText(url).slice();
}

const NO_PLATFORMS: readonly string[] = Object.freeze([]);

/**
 * `/[%\t\n\r]/.test(text)`, by four searches for one character: a third of the regex's time on the URLs
 * of a long email (measured).
 */
function hasEscapeOrBreak(text: string): boolean {
  return text.includes('%') || text.includes('\t') || text.includes('\n') || text.includes('\r');
}

/**
 * Whether a text includes any name of a destination parameter: one alternation of the names, written
 * out (measured: a quarter of the time of a search for each name, on the URLs of a long email).
 */
const QUERY_PARAMETER_NAME = new RegExp(
  PLATFORMS.flatMap(
    (p) => p.queryParameters?.map((q) => q.name.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')) ?? [],
  ).join('|') || '(?!)',
);

function queryParameterSignsOfUrl(url: string | URL): string[] {
  const u = parse(url);
  if (!u) return [];
  return PLATFORMS.filter((p) => p.queryParameters?.some((q) => u.searchParams.has(q.name))).map((p) => p.id);
}

const queryParameterSignsOfText = memoByUrl((url: string) => queryParameterSignsOfUrl(url));

/** Whether the platform writes this campaign value itself (Substack's `utm_campaign=email-share`). */
export function isPlatformUtm(esp: string | null, name: string, value: string): boolean {
  if (esp === null) return false;
  const lower = name.toLowerCase();
  return platformById(esp)?.ownUtm?.some((u) => u.name === lower && u.value.test(value)) ?? false;
}
