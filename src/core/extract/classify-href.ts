import type { LinkKind, MergeTag } from '../types';
import { maskMergeTags } from './merge-tags';

export interface Classified {
  kind: LinkKind;
  /** Normalised absolute URL (merge tags kept as written), or null. */
  url: string | null;
}

/** Typographic quotes and primes that word processors put around pasted URLs. */
export const SMART_QUOTES = /[\u201C\u201D\u2018\u2019\u201E\u201F\u2032\u2033\u00AB\u00BB]/g;

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
/** Misspellings of http(s) that make the href a broken web link rather than another scheme. */
const WEB_TYPO = /^(?:h+t+p+s*|htp+s?|htps|hhtps?|ttps?|http?s?)(?::\/?(?!\/)|\/\/|;\/\/|:\\\\|:{2,}\/\/)/i;
const SCHEME_LESS_HOST = /^(?:\/\/)?(?:www\d?\.|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?=[/:?#]|$))/i;

/** Strips what a browser strips before parsing (C0 controls and spaces at both ends) and smart quotes. */
export function cleanHref(href: string): string {
  return (
    href
      .replace(SMART_QUOTES, '')
      // C0 controls and spaces, as the URL standard strips them.
      // eslint-disable-next-line no-control-regex
      .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
      .replace(/[\t\n\r]/g, '')
  );
}

export function classifyHref(href: string | null, mergeTags: readonly MergeTag[]): Classified {
  if (href === null) return { kind: 'empty', url: null };
  const cleaned = cleanHref(href);
  if (cleaned === '' || cleaned === '#') return { kind: 'empty', url: null };
  if (cleaned.startsWith('#')) return { kind: 'fragment', url: null };

  const tags = mergeTags.length > 0 ? shiftTags(href, cleaned, mergeTags) : [];
  // A link that starts with a merge tag gets its scheme and host from the platform at send time.
  if (tags.length > 0 && tags[0]?.start === 0) return { kind: 'merge-tag', url: null };

  const scheme = SCHEME.exec(cleaned)?.[1]?.toLowerCase();
  if (scheme !== undefined && !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(scheme) && scheme !== 'localhost') {
    switch (scheme) {
      case 'http':
      case 'https':
        return { kind: 'web', url: normaliseWebUrl(cleaned, tags) };
      case 'mailto':
        return { kind: 'mailto', url: normaliseOther(cleaned) };
      case 'tel':
      case 'callto':
        return { kind: 'tel', url: normaliseOther(cleaned) };
      case 'sms':
      case 'smsto':
        return { kind: 'sms', url: normaliseOther(cleaned) };
      case 'javascript':
      case 'vbscript':
      case 'data':
        return { kind: 'javascript', url: null };
      default:
        if (WEB_TYPO.test(cleaned)) return { kind: 'web', url: null };
        return { kind: 'other', url: normaliseOther(cleaned) };
    }
  }
  if (WEB_TYPO.test(cleaned)) return { kind: 'web', url: null };
  if (SCHEME_LESS_HOST.test(cleaned) || cleaned.startsWith('//')) return { kind: 'relative', url: null };
  return { kind: 'relative', url: null };
}

/** Whether an href without a scheme starts with a host name (`www.x.com/a`, `x.com/a`, `//x.com/a`). */
export function startsWithHost(cleaned: string): boolean {
  if (cleaned.startsWith('//')) return true;
  return SCHEME_LESS_HOST.test(cleaned);
}

function shiftTags(href: string, cleaned: string, tags: readonly MergeTag[]): MergeTag[] {
  // Tags were found in the raw href; locate them again in the cleaned value.
  const out: MergeTag[] = [];
  let from = 0;
  for (const tag of tags) {
    const at = cleaned.indexOf(tag.text, from);
    if (at < 0) continue;
    out.push({ ...tag, start: at, end: at + tag.text.length });
    from = at + tag.text.length;
  }
  return href === cleaned ? [...tags] : out;
}

function normaliseWebUrl(cleaned: string, tags: readonly MergeTag[]): string | null {
  const { masked, unmask } = maskMergeTags(cleaned, tags);
  let url: URL;
  try {
    url = new URL(masked);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname;
  const isIp = /^\[.*\]$/.test(host) || /^\d+(\.\d+){3}$/.test(host);
  if (!isIp && !host.includes('.') && !/xmergetag\d+x/.test(host)) return null;
  if (host.startsWith('.') || host.endsWith('..') || host.includes('..')) return null;
  // Two schemes in a row (`http://http://x`) parse as host `http`: broken.
  if (/^(https?):\/\/https?(:|\/|$)/i.test(masked)) return null;
  return unmask(url.href);
}

function normaliseOther(cleaned: string): string | null {
  try {
    return new URL(cleaned).href;
  } catch {
    return null;
  }
}
