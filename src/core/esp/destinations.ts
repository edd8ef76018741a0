/**
 * Wrappers that carry their destination in the URL: Amazon SES (`/L0/<encoded>`),
 * Mandrill (`?p=<base64 JSON>`), ActiveCampaign (`/link-tracker?redirectUrl=<base64>`),
 * Google's `url?q=`, and the security gateways.
 * SendGrid, Mailchimp and most platforms keep the destination on their server:
 * nothing to decode there. Core code: atob and TextDecoder, no Buffer.
 */

import { urlFields, type UrlFields } from '../url/url-fields';
import type { WrappedDestination } from '../types';
import { findPlatformByHost } from './catalogue';
import { SECURITY_GATEWAYS } from './security-gateways';
import { memoByUrl, parsedUrl } from '../url/parsed-url';

/** The `via` ids that are security gateways rather than email platforms or redirectors. */
const GATEWAY_VIAS: ReadonlySet<string> = new Set(SECURITY_GATEWAYS.map((g) => g.id));

/** Whether a decoded destination came from a security gateway or a redirector (not from the sender's platform). */
export function isRecipientSideWrapper(via: string): boolean {
  return GATEWAY_VIAS.has(via) || via === 'google';
}

/**
 * The destination a tracking wrapper or security gateway carries in its URL,
 * decoded one level; null when the URL is not such a wrapper or does not
 * decode to a web URL.
 */
export function decodeDestination(url: string): WrappedDestination | null {
  const decoded = decodeDestinationOfText(url);
  return decoded === null ? null : { ...decoded };
}

/** Asked for every web link by the analysis and again by rules that unwrap: once per distinct URL. */
const decodeDestinationOfText = memoByUrl((url: string): WrappedDestination | null => {
  const record = parsedUrl(url);
  const u = record.whatwg;
  // The parse's fields, read once per URL: each read of a URL getter makes a new string.
  const f = record.fields;
  if (u === null || f === null) return null;
  if (f.protocol !== 'http:' && f.protocol !== 'https:') return null;
  const host = f.hostname.toLowerCase();
  const path = f.pathname;

  if (WRAPPER.safelinks.test(host)) return fromParam(u, 'url', 'safelinks');
  if (WRAPPER.proofpoint.test(host)) return proofpoint(url, u);
  if (WRAPPER.barracuda.test(host)) return fromParam(u, 'a', 'barracuda');
  if (host === 'secure-web.cisco.com') return cisco(u);
  if (WRAPPER.mimecast.test(host)) {
    const domain = u.searchParams.get('domain')?.trim().toLowerCase();
    return domain && /^[a-z0-9.-]+\.[a-z0-9-]+$/.test(domain)
      ? { via: 'mimecast', url: null, host: domain }
      : null;
  }
  if (WRAPPER.google.test(host) && path === '/url') {
    return fromParam(u, 'q', 'google') ?? fromParam(u, 'url', 'google');
  }
  if (WRAPPER.sesPath.test(path)) return ses(path);
  if (WRAPPER.mandrillPath.test(path) && u.searchParams.has('p')) {
    return mandrill(u.searchParams.get('p') ?? '');
  }
  if (WRAPPER.activeCampaignPath.test(path) && u.searchParams.has('redirectUrl')) {
    return result('activecampaign', base64ToText(u.searchParams.get('redirectUrl') ?? ''));
  }
  if (WRAPPER.postmark.test(host)) return postmark(path);
  return carried(u, f, host);
});

/**
 * The wrappers' hosts and paths, tested on every distinct web URL: constants, not literals in the
 * function, which made a RegExp object each (measured: most of this step's allocation).
 */
const WRAPPER = {
  safelinks: /(?:^|\.)safelinks\.protection\.outlook\.com$/,
  proofpoint: /^urldefense(?:\.proofpoint)?\.com$/,
  barracuda: /^linkprotect\.cudasvc\.com$/,
  mimecast: /^protect(?:-[a-z0-9]+)?\.mimecast\.com$/,
  google: /^(?:www\.)?google\.[a-z.]+$/,
  sesPath: /^\/L\d\/https?(?::|%3A)/i,
  mandrillPath: /^\/track\/click\//,
  activeCampaignPath: /^\/link-tracker$/,
  postmark: /(?:^|\.)pstmrk\.it$/,
} as const;

/** Query parameters that redirectors and click trackers put the destination in. */
const DESTINATION_PARAMETERS = [
  'url',
  'u',
  'link',
  'redirect',
  'redirect_url',
  'redirecturl',
  'target',
  'dest',
  'destination',
  'href',
  'goto',
  'r',
] as const;
const DESTINATION_PARAMETER_SET: ReadonlySet<string> = new Set(DESTINATION_PARAMETERS);

/**
 * A destination the URL carries in the open: a query value (`url=`, `u=`,
 * `link=`, `redirect=`, `target=` …) or a path segment that is an absolute web
 * URL, written out, percent-encoded, in base64 (Kit, Mailjet), base64 JSON
 * (Substack's `/redirect/2/<…>` holds `{"e": url}`) or hex. The wrapper is
 * named by the platform whose host it is, or `redirect`.
 */
function carried(u: Readonly<URL>, f: UrlFields, host: string): WrappedDestination | null {
  const via = findPlatformByHost(host) ?? 'redirect';
  // The first value of each destination parameter (names in any letter case). forEach, not an iterator:
  // no [name, value] pair is made for every parameter of every URL.
  // The map is made for a URL that has one (most have none), and a URL without a query has none to look for.
  let params: Map<string, string> | null = null;
  if (f.search !== '' && mayHaveDestinationParameter(f.search)) {
    u.searchParams.forEach((value, name) => {
      const key = name.toLowerCase();
      if (!DESTINATION_PARAMETER_SET.has(key)) return;
      params ??= new Map();
      if (!params.has(key)) params.set(key, value);
    });
  }
  const found = params === null ? null : firstUrlIn(params, via);
  if (found) return found;
  // The path's segments of 16 characters or more, cut out of it alone (not every segment of every URL).
  const path = f.pathname;
  for (let start = 0; start <= path.length;) {
    let end = path.indexOf('/', start);
    if (end === -1) end = path.length;
    const long = end - start >= 16;
    const segment = long ? path.slice(start, end) : '';
    start = end + 1;
    if (!long) continue;
    // A signed token `<payload>.<signature>` (Substack) carries the destination in its payload.
    for (const part of (safeDecode(segment) ?? segment).split('.')) {
      const found = part.length >= 16 ? urlIn(part, via, true) : null;
      if (found) return found;
    }
  }
  return null;
}

/** A destination parameter's name, whole, in a query as the WHATWG parser writes it (`?a=1&url=…`). */
const DESTINATION_NAME = new RegExp(`[?&](?:${DESTINATION_PARAMETERS.join('|')})(?:[=&]|$)`, 'i');

/**
 * Whether a query (`u.search`) may have a destination parameter: the parser percent-encodes every
 * character but ASCII ones, so a query without `%` has its names as written, but for `+` (a space, which
 * no destination name has); one with `%` is left to the parser. Most queries have none, and reading
 * `searchParams` parses the whole query into a list (measured: most of this step's allocation).
 */
function mayHaveDestinationParameter(search: string): boolean {
  return search.includes('%') || DESTINATION_NAME.test(search);
}

/** The URL carried by the first destination parameter (in DESTINATION_PARAMETERS order) that holds one. */
function firstUrlIn(params: ReadonlyMap<string, string>, via: string): WrappedDestination | null {
  for (const name of DESTINATION_PARAMETERS) {
    const value = params.get(name);
    if (value === undefined) continue;
    const found = urlIn(value, via);
    if (found) return found;
  }
  return null;
}

/** An absolute web URL in a value: as it is, base64, base64 JSON, or hex; null when none. */
function urlIn(value: string, via: string, encodedOnly = false): WrappedDestination | null {
  const v = value.trim();
  if (!encodedOnly && /^https?:\/\//i.test(v)) return result(via, v);
  if (/^[A-Za-z0-9+/_-]{16,}={0,2}$/.test(v)) {
    const text = base64ToText(v);
    if (/^https?:\/\//i.test(text)) return result(via, text);
    if (text.startsWith('{')) {
      const data = parseJson(text);
      if (data !== null && typeof data === 'object') {
        for (const field of Object.values(data as Record<string, unknown>)) {
          if (typeof field === 'string' && /^https?:\/\//i.test(field)) return result(via, field);
        }
      }
    }
  }
  if (/^(?:[0-9a-f]{2}){8,}$/i.test(v) && /^68747470/i.test(v)) {
    const text = new TextDecoder('utf-8').decode(
      Uint8Array.from(v.match(/../g) ?? [], (h) => parseInt(h, 16)),
    );
    return result(via, text);
  }
  return null;
}

/** Postmark: `track.pstmrk.it/3s/<percent-encoded destination without its scheme>/…`. */
function postmark(path: string): WrappedDestination | null {
  const m = /^\/\d+s\/([^/]+)\//.exec(path);
  const decoded = m ? safeDecode(m[1] ?? '') : null;
  if (decoded === null) return null;
  return result('postmark', /^https?:\/\//i.test(decoded) ? decoded : `https://${decoded}`);
}

/**
 * The destination behind every wrapper, unwrapped repeatedly (a Safe Links
 * wrapper around an SES link), with the wrappers in order, outermost first.
 * `url` is the innermost decoded URL; null when the outermost hides it.
 */
export function unwrapDestination(
  url: string,
): { url: string | null; host: string | null; via: string[] } | null {
  let current = decodeDestination(url);
  if (!current) return null;
  const via = [current.via];
  for (let depth = 0; depth < 4 && current.url !== null; depth++) {
    const next = decodeDestination(current.url);
    if (!next) break;
    via.push(next.via);
    current = next;
  }
  return { url: current.url, host: current.host, via };
}

function result(via: string, value: string | null): WrappedDestination | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  const host = hostOf(trimmed);
  if (host === null) return null;
  return { via, url: trimmed, host };
}

function fromParam(u: URL, name: string, via: string): WrappedDestination | null {
  return result(via, u.searchParams.get(name));
}

/** `/L0/<percent-encoded destination>/1/<message id>/<signature>`. */
function ses(path: string): WrappedDestination | null {
  const encoded = path.split('/')[2] ?? '';
  return result('amazon-ses', safeDecode(encoded));
}

/** `?p=<base64 of JSON>`; the JSON holds `url`, or a `p` string that is JSON holding `url`. */
function mandrill(p: string): WrappedDestination | null {
  let data: unknown = parseJson(base64ToText(p));
  for (let depth = 0; depth < 3 && data !== null; depth++) {
    if (typeof data !== 'object') return null;
    const record = data as Record<string, unknown>;
    if (typeof record['url'] === 'string') return result('mandrill', record['url']);
    data = typeof record['p'] === 'string' ? parseJson(record['p']) : null;
  }
  return null;
}

/** Proofpoint URL Defense: v1 `u=<percent-encoded>`, v2 `u=` with `-` for `%` and `_` for `/`, v3 `__<url>__;<base64>`. */
function proofpoint(raw: string, u: URL): WrappedDestination | null {
  const v3 = /\/v3\/__(.+?)__;([A-Za-z0-9+/=_-]*)!/.exec(raw);
  if (v3) {
    const replacements = [...base64ToText(v3[2] ?? '')];
    let n = 0;
    const RUN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const decoded = (v3[1] ?? '').replace(/\*\*([A-Za-z0-9_-])|\*/g, (_whole, len: string | undefined) => {
      const count = len === undefined ? 1 : RUN.indexOf(len) + 2;
      const chunk = replacements.slice(n, n + count).join('');
      n += count;
      return chunk;
    });
    return result('proofpoint', decoded);
  }
  const param = u.searchParams.get('u');
  if (param === null) return null;
  if (u.pathname.startsWith('/v2/')) {
    return result('proofpoint', safeDecode(param.replace(/-/g, '%').replace(/_/g, '/')));
  }
  return result('proofpoint', param);
}

/** Cisco Secure Email: `/<token>/<percent-encoded original>`. */
function cisco(u: URL): WrappedDestination | null {
  const m = /^\/[^/]+\/(.+)$/.exec(u.pathname);
  if (!m) return null;
  const decoded = safeDecode(m[1] ?? '');
  return decoded === null ? null : result('cisco', decoded + u.search);
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

function base64ToText(s: string): string {
  const normal = s.replace(/-/g, '+').replace(/_/g, '/').replace(/\s+/g, '');
  const padded = normal + '='.repeat((4 - (normal.length % 4)) % 4);
  try {
    const binary = atob(padded);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8').decode(bytes);
  } catch {
    return '';
  }
}

function parseJson(s: string): unknown {
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return null;
  }
}

function hostOf(url: string): string | null {
  const h = urlFields(url)?.hostname.toLowerCase() ?? null;
  return h === '' ? null : h;
}
