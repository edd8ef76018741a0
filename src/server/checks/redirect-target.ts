import type { IncomingHttpHeaders } from 'node:http';

/**
 * Where a response sends the client next, and how: a 3xx `Location`, a
 * `Refresh` header, a `<meta http-equiv=refresh>` in the (capped) body, or a
 * JavaScript redirect, which is detected heuristically and reported but never
 * run or followed. The target is the raw text; the caller resolves it.
 */
export interface RedirectTarget {
  via: 'location' | 'refresh-header' | 'meta-refresh' | 'javascript';
  /** The raw target, or null when a JavaScript redirect's target is not a string literal. */
  target: string | null;
}

export const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/** `5; url=https://x/`, `0;URL='x'` → `https://x/`; null when it only reloads. */
export function parseRefresh(value: string): string | null {
  const m = /^\s*\d*(?:\.\d*)?\s*[;,]?\s*(?:url\s*=\s*)?(.*)$/is.exec(value);
  const rest = m?.[1]?.trim() ?? '';
  if (rest === '') return null;
  const unquoted = /^(['"])(.*?)(?:\1|$)/s.exec(rest);
  const target = (unquoted ? (unquoted[2] ?? '') : rest).trim();
  return target === '' ? null : target;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/gi, '&')
    .replace(/&quot;/gi, '"')
    .replace(/&#39;|&apos;/gi, "'")
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)));
}

/**
 * The page's `<title>` in the (capped) body as read (latin1, byte for byte), decoded as UTF-8,
 * white space collapsed, at most 150 characters; null without one.
 */
export function pageTitle(body: string): string | null {
  const m = /<title\b[^>]{0,200}>([^<]{0,600})/i.exec(body);
  const text = decodeEntities(Buffer.from(m?.[1] ?? '', 'latin1').toString('utf8'))
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '') return null;
  return text.length > 150 ? `${text.slice(0, 149)}…` : text;
}

function attribute(tag: string, name: string): string | null {
  const re = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');
  const m = re.exec(tag);
  if (!m) return null;
  return decodeEntities(m[1] ?? m[2] ?? m[3] ?? '');
}

export function findMetaRefresh(html: string): string | null {
  for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    if ((attribute(tag, 'http-equiv') ?? '').trim().toLowerCase() !== 'refresh') continue;
    const content = attribute(tag, 'content');
    if (content === null) continue;
    const target = parseRefresh(content);
    if (target !== null) return target;
  }
  return null;
}

const JS_REDIRECT =
  /\b(?:(?:window|document|top|self|parent)\s*\.\s*)?location(?:\s*\.\s*href)?\s*=\s*(?:(['"`])([^'"`]*)\1)?|\blocation\s*\.\s*(?:replace|assign)\s*\(\s*(?:(['"`])([^'"`]*)\3)?/i;

/** A JavaScript redirect inside `<script>` elements, if one is likely. */
export function findJavaScriptRedirect(html: string): RedirectTarget | null {
  for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)(?:<\/script>|$)/gi)) {
    const js = JS_REDIRECT.exec(m[1] ?? '');
    if (js) return { via: 'javascript', target: js[2] ?? js[4] ?? null };
  }
  return null;
}

export function findRedirect(
  status: number,
  headers: IncomingHttpHeaders,
  body: string | null,
): RedirectTarget | null {
  if (REDIRECT_STATUSES.has(status)) {
    const location = headers.location;
    return location === undefined ? null : { via: 'location', target: location };
  }
  const refresh = headers.refresh;
  const refreshValue = Array.isArray(refresh) ? refresh[0] : refresh;
  if (typeof refreshValue === 'string') {
    const target = parseRefresh(refreshValue);
    if (target !== null) return { via: 'refresh-header', target };
  }
  if (body === null || status < 200 || status >= 300) return null;
  const meta = findMetaRefresh(body);
  if (meta !== null) return { via: 'meta-refresh', target: meta };
  return findJavaScriptRedirect(body);
}
