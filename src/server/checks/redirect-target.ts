import type { IncomingHttpHeaders } from 'node:http';
import { Tokenizer, TokenizerMode, type Token, type TokenHandler } from 'parse5';

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

const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/** `5; url=https://x/`, `0;URL='x'` → `https://x/`; null when it only reloads. */
export function parseRefresh(value: string): string | null {
  const m = /^\s*\d*(?:\.\d*)?\s*[;,]?\s*(?:url\s*=\s*)?(.*)$/is.exec(value);
  const rest = m?.[1]?.trim() ?? '';
  if (rest === '') return null;
  const unquoted = /^(['"])(.*?)(?:\1|$)/s.exec(rest);
  const target = (unquoted ? (unquoted[2] ?? '') : rest).trim();
  return target === '' ? null : target;
}

/**
 * What a fetched page says about where it sends the reader: the first
 * `<meta http-equiv=refresh>` with a target, and the text of its scripts.
 * Read with parse5's tokenizer (the HTML standard's own states, linear in the
 * page), never with patterns over the raw page: `<meta\b[^>]*>` over a page of
 * repeated, unclosed `<meta` took seconds for 64 KB. The page is the capped
 * body (`MAX_BODY_BYTES`), so the work of one hop is bounded by that cap.
 */
export interface PageScan {
  metaRefresh: string | null;
  /** The first `<title>`'s text (entities decoded), or null. */
  title: string | null;
  /** The text of each `<script>` element, in order. */
  scripts: string[];
}

/** Elements whose content the tokenizer must read as text, as the tree builder would switch it. */
const TEXT_STATES: Readonly<Record<string, Tokenizer['state']>> = {
  script: TokenizerMode.SCRIPT_DATA,
  style: TokenizerMode.RAWTEXT,
  xmp: TokenizerMode.RAWTEXT,
  iframe: TokenizerMode.RAWTEXT,
  noembed: TokenizerMode.RAWTEXT,
  noframes: TokenizerMode.RAWTEXT,
  title: TokenizerMode.RCDATA,
  textarea: TokenizerMode.RCDATA,
  plaintext: TokenizerMode.PLAINTEXT,
};

function scanPage(html: string): PageScan {
  const scan: PageScan = { metaRefresh: null, title: null, scripts: [] };
  let script: string[] | null = null;
  let title: string[] | null = null;
  const text = (token: Token.CharacterToken): void => {
    if (script !== null) script.push(token.chars);
    else if (title !== null) title.push(token.chars);
  };
  const handler: TokenHandler = {
    onStartTag(token) {
      const name = token.tagName;
      if (name === 'meta' && scan.metaRefresh === null) {
        const attr = (n: string): string | null => token.attrs.find((a) => a.name === n)?.value ?? null;
        if ((attr('http-equiv') ?? '').trim().toLowerCase() === 'refresh') {
          const content = attr('content');
          if (content !== null) scan.metaRefresh = parseRefresh(content);
        }
      }
      const state = token.selfClosing ? undefined : TEXT_STATES[name];
      if (state !== undefined) tokenizer.state = state;
      if (name === 'script' && !token.selfClosing) script = [];
      if (name === 'title' && !token.selfClosing && scan.title === null) title = [];
    },
    onEndTag(token) {
      if (token.tagName === 'title' && title !== null) {
        scan.title = title.join('');
        title = null;
      }
      if (token.tagName === 'script' && script !== null) {
        scan.scripts.push(script.join(''));
        script = null;
      }
    },
    onCharacter: text,
    onWhitespaceCharacter: text,
    onNullCharacter: () => undefined,
    onComment: () => undefined,
    onDoctype: () => undefined,
    onEof() {
      // A script or title the cap cut off still counts.
      if (script !== null) scan.scripts.push(script.join(''));
      if (title !== null && scan.title === null) scan.title = title.join('');
      script = null;
      title = null;
    },
  };
  const tokenizer = new Tokenizer({ sourceCodeLocationInfo: false }, handler);
  tokenizer.write(html, true);
  return scan;
}

/** The page's `<title>`, white space collapsed, at most 150 characters; null without one. */
export function pageTitle(body: string): string | null {
  const text = (scanPage(body).title ?? '').replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  return text.length > 150 ? `${text.slice(0, 149)}…` : text;
}

export function findMetaRefresh(html: string): string | null {
  return scanPage(html).metaRefresh;
}

/**
 * `location = "…"`, `window.location.href = '…'`, `location.replace("…")`,
 * `location.assign(…)`. Each occurrence of the word `location` is matched by
 * an anchored pattern on at most `JS_WINDOW` characters after it, and at most
 * `JS_OCCURRENCES` occurrences are looked at, so no page costs more than a
 * bounded amount of work whatever it holds.
 */
const JS_AT_LOCATION =
  /^location(?:\s*\.\s*href)?\s*=(?!=)\s*(?:(['"`])([^'"`]*)\1)?|^location\s*\.\s*(?:replace|assign)\s*\(\s*(?:(['"`])([^'"`]*)\3)?/i;
const JS_WINDOW = 4096;
const JS_OCCURRENCES = 500;
const WORD = /[A-Za-z0-9_$]/;

/** A JavaScript redirect inside `<script>` elements, if one is likely. */
export function findJavaScriptRedirect(html: string): RedirectTarget | null {
  return javaScriptRedirectIn(scanPage(html).scripts);
}

function javaScriptRedirectIn(scripts: readonly string[]): RedirectTarget | null {
  let seen = 0;
  for (const js of scripts) {
    const word = /location/gi;
    for (let m = word.exec(js); m !== null; m = word.exec(js)) {
      if (++seen > JS_OCCURRENCES) return null;
      if (m.index > 0 && WORD.test(js[m.index - 1] ?? '')) continue;
      const hit = JS_AT_LOCATION.exec(js.slice(m.index, m.index + JS_WINDOW));
      if (hit) return { via: 'javascript', target: hit[2] ?? hit[4] ?? null };
    }
  }
  return null;
}

/**
 * A header value as Node gives it (each byte one character, Latin-1) read as
 * UTF-8 when its bytes are valid UTF-8: servers send `Location: /café` as
 * UTF-8 bytes, and reading them as Latin-1 requested `/cafÃ©` (double-encoded).
 * Bytes that are not UTF-8 stay Latin-1.
 */
function headerText(value: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(value)) return value;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(value, 'latin1'));
  } catch {
    return value;
  }
}

export function findRedirect(
  status: number,
  headers: IncomingHttpHeaders,
  body: string | null,
): RedirectTarget | null {
  if (REDIRECT_STATUSES.has(status)) {
    const location = headers.location;
    return location === undefined ? null : { via: 'location', target: headerText(location) };
  }
  const refresh = headers.refresh;
  const refreshValue = Array.isArray(refresh) ? refresh[0] : refresh;
  if (typeof refreshValue === 'string') {
    const target = parseRefresh(headerText(refreshValue));
    if (target !== null) return { via: 'refresh-header', target };
  }
  if (body === null || status < 200 || status >= 300) return null;
  const page = scanPage(body);
  if (page.metaRefresh !== null) return { via: 'meta-refresh', target: page.metaRefresh };
  return javaScriptRedirectIn(page.scripts);
}
