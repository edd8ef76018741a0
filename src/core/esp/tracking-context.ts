import { urlFields } from '../url/url-fields';
import type { AnalyzeOptions, Link, Mode } from '../types';
import {
  clickMatchOf,
  clickPlatformOf,
  findPlatformByHost,
  headerSignsOf,
  mergeTagSignsOf,
  optOutsOf,
  type OptOutMatch,
  platformById,
  queryParameterSignsOf,
  shapesOf,
} from './catalogue';
import { memoByUrl } from '../url/parsed-url';
import { isRecipientSideWrapper } from './destinations';
import { systemLinkTextKind } from './system-link-text';
import { systemLinkKind } from './system-links';

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

/** A module constant: a regex literal makes a RegExp object on every call (per link and domain). */
const TRAILING_DOT = /\.$/;

/** Whether `host` is `domain` or one of its subdomains. */
export function hostMatches(host: string, domain: string): boolean {
  const h = host.toLowerCase().replace(TRAILING_DOT, '');
  const d = domain.toLowerCase().replace(TRAILING_DOT, '');
  return h === d || h.endsWith(`.${d}`);
}

export function hostOf(url: string | null): string | null {
  return url === null ? null : hostOfText(url);
}

const hostOfText = memoByUrl((url: string): string | null => {
  const host = urlFields(url)?.hostname.toLowerCase() ?? null;
  return host === '' ? null : host;
});

/** A web link's URL and host from the sender's side (see senderSideUrl). */
export interface SenderSide {
  url: string | null;
  host: string | null;
}

/**
 * Where a web link really goes from the sender's side: behind a recipient's
 * security gateway (or a Google redirect), the URL the gateway wrapped; the
 * link's own URL otherwise. `url` is null when the gateway hides it (Mimecast
 * gives the host only).
 */
export function senderSideUrl(link: Link): SenderSide {
  const d = link.destination;
  if (d && isRecipientSideWrapper(d.via))
    return { url: d.url, host: d.url !== null ? hostOf(d.url) : d.host };
  return { url: link.url, host: hostOf(link.url) };
}

/** Evidence weights for recognising the platform. */
const WEIGHT = { trackingHost: 4, clickLink: 1, header: 3, optOut: 2, mergeTag: 2, parameter: 2 } as const;
/** Click links count at most this much, so a long email does not drown the headers. */
const MAX_CLICK_EVIDENCE = 5;

/**
 * How the email is judged (docs/contracts/rules.md "Tracking context"):
 * - mode `sent` for an .eml, named tracking domains, or when most web links go
 *   through one recognised click-tracking host; `template` otherwise;
 * - esp: the platform recognised by tracking hosts, click-URL shapes, headers,
 *   opt-out attributes, merge tags and destination parameters; a customer-facing
 *   platform wins over the infrastructure it sends through;
 * - trackingDomains: the named hosts, the hosts that carry a recognised
 *   platform's click URLs, and (in an .eml) a branded host that carries most
 *   links in a generic platform shape (`/c/<token>`).
 */
export function detectTrackingContext(input: TrackingContextInput): TrackingContext {
  const named = unique((input.options.trackingDomains ?? []).map(normaliseDomain).filter((d) => d !== ''));
  const listUnsubscribe = input.headers
    .filter((h) => h.key.toLowerCase() === 'list-unsubscribe')
    .flatMap((h) => [...h.value.matchAll(/<([^>]+)>/g)].map((m) => (m[1] ?? '').trim()));

  interface HostTally {
    links: number;
    /** The longest opaque token of each link (path segment or query value), for inference. */
    tokens: string[];
    /** Links on one of the platform's own click hosts. */
    platformHost: number;
    strong: Map<string, number>;
    weak: Map<string, number>;
  }
  const tallies = new Map<string, HostTally>();
  // Per link, by its index: where it goes from the sender's side, and its click platform where it was
  // asked here; recognisePlatform reads them instead of asking again (arrays, not maps keyed by link:
  // a look-up and an object per link less, measured).
  const sides: Array<SenderSide | undefined> = new Array<SenderSide | undefined>(input.links.length);
  const clicks: Array<string | null | undefined> = new Array<string | null | undefined>(input.links.length);
  let countable = 0;
  // A sent email (an .eml, or named tracking domains): its mode is sent, and its tracking host may be
  // inferred from the links' opaque tokens (isInferredTracker); for any other input they are never read.
  const inferable = input.inputKind === 'eml' || named.length > 0;
  const systemContext = { listUnsubscribe };
  // A link behind a recipient's security gateway in a message where most links are not was pasted,
  // already wrapped, from another message: its inner host says nothing about this message's tracking.
  const web = input.links.filter((l) => l.kind === 'web');
  const gated = web.filter((l) => l.destination !== null && isRecipientSideWrapper(l.destination.via));
  const pasted = gated.length * 2 < web.length ? new Set(gated) : new Set<Link>();
  for (let i = 0; i < input.links.length; i++) {
    const link = input.links[i] as Link;
    if (link.kind !== 'web' || pasted.has(link)) continue;
    const side = senderSideUrl(link);
    sides[i] = side;
    const { url, host } = side;
    if (host === null) continue;
    if (url !== null && systemLinkKind(url, systemContext) !== null) continue;
    if (systemLinkTextKind(link.text) !== null) continue;
    countable++;
    const tally: HostTally = tallies.get(host) ?? {
      links: 0,
      tokens: [],
      platformHost: 0,
      strong: new Map(),
      weak: new Map(),
    };
    tallies.set(host, tally);
    tally.links++;
    if (url === null) continue;
    const token = inferable ? opaqueTokenOf(url) : null;
    if (token !== null) tally.tokens.push(token);
    const match = clickMatchOf(url);
    clicks[i] = match.strong;
    if (match.byHost) tally.platformHost++;
    if (match.strong !== null) bump(tally.strong, match.strong);
    else if (match.weak !== null) bump(tally.weak, match.weak);
  }

  const recognised = new Map<string, { platform: string; links: number }>();
  for (const [host, tally] of tallies) {
    const best = top(tally.strong);
    if (best === null) continue;
    // A platform's own click host is one; a branded host, when most of its links have the click shape
    // (one `/L0/…` link on the shop's own site does not make the site a tracking domain).
    if (tally.platformHost > 0 || (tally.strong.get(best) ?? 0) * 2 >= tally.links) {
      recognised.set(host, { platform: best, links: tally.links });
    }
  }
  if (inferable) {
    // The host carrying the most links (the first met of equals).
    const [host, tally] = [...tallies].sort((a, b) => b[1].links - a[1].links)[0] ?? [];
    // A branded host carrying most links, mostly in a generic platform shape.
    if (host !== undefined && tally && !recognised.has(host) && tally.links * 2 > countable) {
      const weak = top(tally.weak);
      const weakLinks = weak !== null ? (tally.weak.get(weak) ?? 0) : 0;
      if (weak !== null && weakLinks * 2 >= tally.links)
        recognised.set(host, { platform: weak, links: tally.links });
    }
    for (const [branded, platform] of brandedSystemHosts(input.links, listUnsubscribe)) {
      if (!recognised.has(branded))
        recognised.set(branded, { platform, links: tallies.get(branded)?.links ?? 0 });
    }
    const carried = [...recognised.values()].some((r) => countable > 0 && r.links * 2 > countable);
    if (
      !carried &&
      host !== undefined &&
      tally &&
      !recognised.has(host) &&
      isInferredTracker(tally, countable)
    ) {
      recognised.set(host, { platform: '', links: tally.links });
    }
  }

  const mostThroughOne = [...recognised.values()].some((r) => countable > 0 && r.links * 2 > countable);
  const mode: Mode = input.options.mode ?? (inferable || mostThroughOne ? 'sent' : 'template');

  const recognisedHosts = [...recognised]
    .sort((a, b) => b[1].links - a[1].links || a[0].localeCompare(b[0]))
    .map(([host]) => host)
    .filter((host) => !named.some((d) => hostMatches(host, d)));
  const trackingDomains = [...named, ...recognisedHosts];

  return {
    mode,
    esp: recognisePlatform(input, recognised, listUnsubscribe, sides, clicks),
    trackingDomains,
  };
}

function recognisePlatform(
  input: TrackingContextInput,
  recognised: ReadonlyMap<string, { platform: string; links: number }>,
  listUnsubscribe: readonly string[],
  knownSides: ReadonlyArray<SenderSide | undefined>,
  knownClicks: ReadonlyArray<string | null | undefined>,
): string | null {
  const score = new Map<string, number>();
  const add = (id: string, n: number): void => {
    score.set(id, (score.get(id) ?? 0) + n);
  };
  for (const { platform } of recognised.values()) if (platform !== '') add(platform, WEIGHT.trackingHost);
  for (const [id, n] of headerSignsOf(input.headers)) add(id, n * WEIGHT.header);
  const clicks = new Map<string, number>();
  const tags = new Set<string>();
  const optOuts = new Set<string>();
  const params = new Set<string>();
  for (let i = 0; i < input.links.length; i++) {
    const link = input.links[i] as Link;
    // Indexed loops over lists that are mostly empty: no iterator per link (measured).
    const outs = optOutsOf(link.attributes);
    for (let o = 0; o < outs.length; o++)
      for (const id of (outs[o] as OptOutMatch).platforms) optOuts.add(id);
    if (link.href !== null) {
      // A tag several platforms share (`{{{unsubscribe}}}`: SendGrid and Pardot) names none of them.
      const signs = mergeTagSignsOf(link.href);
      if (signs.length === 1 && signs[0]) tags.add(signs[0].platform);
    }
    if (link.kind !== 'web') continue;
    const { url } = knownSides[i] ?? senderSideUrl(link);
    if (url === null) continue;
    const known = knownClicks[i];
    const click = known !== undefined ? known : clickPlatformOf(url);
    if (click !== null) bump(clicks, click);
    const inner =
      link.destination && !isRecipientSideWrapper(link.destination.via) ? link.destination.url : url;
    if (inner !== null) {
      const signs = queryParameterSignsOf(inner);
      for (let p = 0; p < signs.length; p++) params.add(signs[p] as string);
    }
  }
  for (const u of listUnsubscribe) {
    const host = hostOf(u);
    const platform = host !== null ? findPlatformByHost(host) : null;
    if (platform !== null) tags.add(platform);
  }
  for (const [id, n] of clicks) add(id, Math.min(n, MAX_CLICK_EVIDENCE) * WEIGHT.clickLink);
  for (const id of tags) add(id, WEIGHT.mergeTag);
  for (const id of optOuts) add(id, WEIGHT.optOut);
  for (const id of params) add(id, WEIGHT.parameter);

  const ranked = [...score].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  const customerFacing = ranked.find(([id]) => platformById(id)?.infrastructure !== true);
  return (customerFacing ?? ranked[0])?.[0] ?? null;
}

/** Sets `tracked` on each web link in sent mode: whether it goes through a click-tracking host. */
export function markTracked(links: Link[], context: TrackingContext): void {
  for (const link of links) {
    if (context.mode !== 'sent' || link.kind !== 'web') {
      link.tracked = null;
      continue;
    }
    link.tracked = isTracked(link, context.trackingDomains);
  }
}

/** Whether a web link goes through one of the tracking domains, or is a platform's click URL. */
function isTracked(link: Link, trackingDomains: readonly string[]): boolean {
  const { url, host } = senderSideUrl(link);
  if (host !== null && trackingDomains.some((d) => hostMatches(host, d))) return true;
  return url !== null && clickPlatformOf(url) !== null;
}

/** A domain as a user writes it (`Click.Example.com.`, `https://click.example.com/`, `click.example.com:443`), as a bare host name. */
export function normaliseDomain(d: string): string {
  let s = d.trim().toLowerCase();
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(s)) s = hostOf(s) ?? '';
  return s.replace(/\/.*$/, '').replace(/:\d*$/, '').replace(/\.$/, '');
}

/**
 * The longest opaque token of a URL: a path segment or query value of 16+
 * letters, digits, `-`, `_` or `=` with both letters and digits (a click
 * redirect's id), or null.
 */
function opaqueTokenOf(url: string): string | null {
  return opaqueTokenOfText(url);
}

/** Asked for every counted link: once per distinct URL. */
const opaqueTokenOfText = memoByUrl((url: string): string | null => {
  const u = urlFields(url);
  if (!u) return null;
  let best: string | null = null;
  const consider = (part: string): void => {
    if (
      part.length < 16 ||
      (best !== null && part.length <= best.length) ||
      !/^[A-Za-z0-9_=%.-]+$/.test(part) ||
      !/[0-9]/.test(part) ||
      !/[A-Za-z]/.test(part)
    )
      return;
    best = part;
  };
  for (const segment of u.pathname.split('/')) consider(segment);
  for (const kv of u.search.replace(/^\?/, '').split('&')) consider(kv.slice(kv.indexOf('=') + 1));
  return best;
});

/**
 * A host nobody recognised, taken for the click-tracking domain of a sent
 * email: it carries most of the content links (at least three), and at least
 * two thirds of them carry an opaque token that differs from link to link
 * (one token per tracked link, unlike a calendar invite's repeated event id).
 */
function isInferredTracker(tally: { links: number; tokens: readonly string[] }, countable: number): boolean {
  if (tally.links < 3 || tally.links * 2 <= countable) return false;
  if (tally.tokens.length * 3 < tally.links * 2) return false;
  return new Set(tally.tokens).size * 3 >= tally.tokens.length * 2;
}

/**
 * Branded hosts that show up only in a platform's system paths (SendGrid's
 * `/wf/open`, `/asm/unsubscribe` on `url1234.example.com`): the platform serves
 * its click redirects there too, so the host is a tracking domain.
 */
function brandedSystemHosts(links: readonly Link[], listUnsubscribe: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const url of [...links.filter((l) => l.kind === 'web').map((l) => l.url), ...listUnsubscribe]) {
    if (url === null) continue;
    const host = hostOf(url);
    if (host === null || findPlatformByHost(host) !== null) continue;
    const match = shapesOf(url, SYSTEM_KINDS).find((m) => !m.byHost && m.strength === 'strong');
    if (!match) continue;
    const platform = platformById(match.platform);
    // Only a platform whose click URLs live on the same branded host (SendGrid, Mailgun, SparkPost …).
    if (platform?.shapes.some((shape) => shape.kind === 'click' && !shape.host) && !out.has(host)) {
      out.set(host, match.platform);
    }
  }
  return out;
}

const SYSTEM_KINDS = ['open', 'unsubscribe', 'preferences'] as const;

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function top(map: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let n = 0;
  for (const [key, count] of map) {
    if (count > n) {
      best = key;
      n = count;
    }
  }
  return best;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
