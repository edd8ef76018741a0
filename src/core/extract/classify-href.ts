import { parse as parseDomain } from 'tldts';
import type { LinkKind, MergeTag } from '../types';
import { cleanHref } from '../url/clean-href';
import { judgeWebHref, looksLikeWebHref } from './web-url-problem';
import { parsedUrl } from '../url/parsed-url';

export { cleanHref, LEADING_SMART_QUOTE, SMART_QUOTES } from '../url/clean-href';

export interface Classified {
  kind: LinkKind;
  /** Normalised absolute URL (merge tags kept as written), or null. */
  url: string | null;
}

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
/** The opening delimiter of a merge tag of docs/contracts/rules.md, balanced or not. */
const MERGE_TAG_OPENER = /^(?:\{\{|\{%|\*\||%%|<%|\$\{|\{\$|#\{|\[\[)/;

export function classifyHref(href: string | null, mergeTags: readonly MergeTag[]): Classified {
  if (href === null) return { kind: 'empty', url: null };
  const cleaned = cleanHref(href);
  if (cleaned === '' || cleaned === '#') return { kind: 'empty', url: null };

  const tags = mergeTags.length > 0 ? shiftTags(href, cleaned, mergeTags) : [];
  // A link that starts with a merge tag gets its scheme and host from the platform at send time.
  if (tags.length > 0 && tags[0]?.start === 0) return { kind: 'merge-tag', url: null };
  // So does one that starts with a mistyped tag (`{{url}`, `*|UNSUB|`): unbalanced-merge-tag reports it.
  if (MERGE_TAG_OPENER.test(cleaned)) return { kind: 'merge-tag', url: null };
  if (cleaned.startsWith('#')) return { kind: 'fragment', url: null };

  if (looksLikeWebHref(cleaned)) {
    const judged = judgeWebHref(cleaned, tags);
    return { kind: 'web', url: 'url' in judged ? judged.url : null };
  }
  const scheme = SCHEME.exec(cleaned)?.[1]?.toLowerCase();
  if (scheme !== undefined && !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(scheme) && scheme !== 'localhost') {
    switch (scheme) {
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
        return { kind: 'other', url: normaliseOther(cleaned) };
    }
  }
  return { kind: 'relative', url: null };
}

/** A host name at the start of a scheme-less href, up to the first `/`, `?`, `#` or `:`. */
const LEADING_HOST = /^([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)\.?(?=[/?#:]|$)/u;

/**
 * Whether an href without a scheme starts with a host name (`www.x.com/a`,
 * `x.com/a`, `//x.com/a`). A name counts as a host when it starts with `www`
 * or ends in a top-level domain of the public suffix list, so `page.html`
 * and `logo.png` stay relative paths.
 */
export function startsWithHost(cleaned: string): boolean {
  if (cleaned.startsWith('//')) return true;
  const host = LEADING_HOST.exec(cleaned)?.[1];
  if (host === undefined) return false;
  if (/^www\d?\./i.test(host)) return true;
  return parseDomain(host, { allowPrivateDomains: false }).isIcann === true;
}

/** A scheme-less href that is a bare email address (`info@shop.com`). */
export function isBareEmailAddress(cleaned: string): boolean {
  return /^[\p{L}\p{N}!#$%&'*+=^_`{|}~.-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u.test(cleaned);
}

/** The merge tags of an href, with offsets into its cleaned value (see cleanHref). */
export function shiftTags(href: string, cleaned: string, tags: readonly MergeTag[]): MergeTag[] {
  if (href === cleaned) return [...tags];
  // Tags were found in the raw href; locate them again in the cleaned value.
  const out: MergeTag[] = [];
  let from = 0;
  for (const tag of tags) {
    const at = cleaned.indexOf(tag.text, from);
    if (at < 0) continue;
    out.push({ ...tag, start: at, end: at + tag.text.length });
    from = at + tag.text.length;
  }
  return out;
}

function normaliseOther(cleaned: string): string | null {
  return parsedUrl(cleaned).fields?.href ?? null;
}
