import { urlFields } from '../url/url-fields';
import type { MergeTag } from '../types';
import { maskMergeTags } from '../url/merge-tags';

/** Why an href that is meant to be a web link cannot work. */
export type WebUrlProblemCode =
  | 'scheme-typo'
  | 'missing-colon'
  | 'wrong-colon'
  | 'wrong-slashes'
  | 'backslashes'
  | 'double-scheme'
  | 'no-host'
  | 'host-spaces'
  | 'host-no-dot'
  | 'bad-host'
  | 'bad-port'
  | 'unparseable';

export interface WebUrlProblem {
  code: WebUrlProblemCode;
  /** The part of the href that is wrong, as written (after trimming). */
  part: string;
}

/** The start of a web URL as written: a scheme-like word, then colons/semicolons, then slashes. */
const WEB_START = /^([A-Za-z]{2,6})([:;]*)([/\\]*)/;

/** Edit distance of at most one (with transposition) to `http` or `https`, or a defanged `hxxp(s)`. */
export function isHttpTypo(word: string): boolean {
  const w = word.toLowerCase();
  if (w === 'http' || w === 'https') return false;
  if (w === 'hxxp' || w === 'hxxps') return true;
  return withinOneEdit(w, 'http') || withinOneEdit(w, 'https');
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diffs: number[] = [];
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diffs.push(i);
    if (diffs.length <= 1) return true;
    // One transposition of neighbours (`htpt`).
    const [i, j] = diffs;
    return diffs.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i];
  }
  // One character deleted from the longer gives the shorter: they agree up to the first difference and, after it,
  // the longer is one character ahead. Compared in place (cutting a copy of the word for each place made a dozen
  // strings for every mailto: and tel: href).
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < shorter.length && shorter.charCodeAt(i) === longer.charCodeAt(i)) i++;
  for (; i < shorter.length; i++) if (shorter.charCodeAt(i) !== longer.charCodeAt(i + 1)) return false;
  return true;
}

/**
 * Whether a trimmed href is meant as a web link: it starts with `http:`/`https:`
 * or with a misspelling of them followed by a colon or two slashes
 * (`htps://`, `http//`, `http;//`).
 */
export function looksLikeWebHref(cleaned: string): boolean {
  const m = WEB_START.exec(cleaned);
  if (!m) return false;
  const word = (m[1] ?? '').toLowerCase();
  const colons = m[2] ?? '';
  const slashes = m[3] ?? '';
  if (word === 'http' || word === 'https') return colons !== '' || slashes.length >= 2;
  return isHttpTypo(word) && (colons.includes(':') || colons.includes(';') || slashes.length >= 2);
}

/**
 * What is wrong with an href that looks like a web link (see looksLikeWebHref),
 * judged outside its merge tags; null when it is a working http(s) URL.
 */
export function webUrlProblem(cleaned: string, tags: readonly MergeTag[]): WebUrlProblem | null {
  const judged = judgeWebHref(cleaned, tags);
  return 'code' in judged ? judged : null;
}

/**
 * The problem of a web-looking href, or its normalised URL (merge tags put
 * back as written) when it has none: one parse for both.
 */
export function judgeWebHref(cleaned: string, tags: readonly MergeTag[]): WebUrlProblem | { url: string } {
  const m = WEB_START.exec(cleaned);
  if (!m) return { code: 'unparseable', part: cleaned };
  const word = m[1] ?? '';
  const colons = m[2] ?? '';
  const slashes = m[3] ?? '';
  const start = m[0];
  const lower = word.toLowerCase();
  if (lower !== 'http' && lower !== 'https') return { code: 'scheme-typo', part: start };
  if (colons === '') return { code: 'missing-colon', part: start };
  if (colons !== ':') return { code: 'wrong-colon', part: start };
  if (slashes.includes('\\')) return { code: 'backslashes', part: start };
  if (slashes !== '//') return { code: 'wrong-slashes', part: start };

  const rest = cleaned.slice(start.length);
  if (/^https?(?::|\/\/|\/|$)/i.test(rest)) {
    return { code: 'double-scheme', part: start + (/^https?:?\/*/i.exec(rest)?.[0] ?? '') };
  }
  const tagged = maskMergeTags(cleaned, tags);
  const unmask = tagged.unmask;
  let masked = tagged.masked;
  const authorityMasked = /^[^/?#\\]*/.exec(masked.slice(start.length))?.[0] ?? '';
  const authority = unmask(authorityMasked);
  const hostPort = authorityMasked.includes('@')
    ? authorityMasked.slice(authorityMasked.lastIndexOf('@') + 1)
    : authorityMasked;
  if (hostPort === '') return { code: 'no-host', part: start };
  if (/\s/.test(hostPort)) return { code: 'host-spaces', part: authority };
  const isIpv6 = hostPort.startsWith('[');
  const portMatch = isIpv6 ? /\](:.*)$/.exec(hostPort) : /(:.*)$/.exec(hostPort);
  const port = portMatch?.[1];
  // A port from a merge tag (`:${PORT}`) stands in as a number the URL parser takes, put back afterwards.
  const portTag = port !== undefined ? /^:xmergetag([0-5])x$/.exec(port) : null;
  if (portTag) masked = masked.replace(port ?? '', `:6553${portTag[1] ?? ''}`);
  else if (port !== undefined && port !== ':' && !/^:\d{1,5}$/.test(port))
    return { code: 'bad-port', part: authority };
  if (port !== undefined && Number(port.slice(1)) > 65535) return { code: 'bad-port', part: authority };
  const url = urlFields(masked);
  if (url === null) return { code: 'unparseable', part: authority || cleaned };
  const host = url.hostname;
  if (host === '') return { code: 'no-host', part: start };
  const isIp = isIpv6 || /^\d+(\.\d+){3}$/.test(host);
  if (host.startsWith('.') || host.includes('..')) return { code: 'bad-host', part: authority };
  if (!isIp && !host.includes('.') && !/xmergetag\d+x/.test(host))
    return { code: 'host-no-dot', part: authority };
  const href = portTag
    ? url.href.replace(`:6553${portTag[1] ?? ''}`, `:xmergetag${portTag[1] ?? ''}x`)
    : url.href;
  return { url: unmask(href) };
}
