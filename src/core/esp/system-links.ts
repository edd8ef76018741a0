import { urlFields } from '../url/url-fields';
import { memoByUrl } from '../url/parsed-url';
import { firstShapeOf, mergeTagSignsOf } from './catalogue';
import type { UrlShapeKind } from './platform';

export type SystemLinkKind =
  'unsubscribe' | 'one-click-unsubscribe' | 'list-unsubscribe' | 'preferences' | 'web-version';

export interface SystemLinkContext {
  /** The URLs of the message's List-Unsubscribe header. */
  listUnsubscribe?: readonly string[];
  /** Whether the message has `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058). */
  listUnsubscribePost?: boolean;
}

/**
 * Words in a URL's path or query that mark an unsubscribe link. The look-up
 * service never requests such a link (a GET may unsubscribe the reader), so
 * this errs on the side of recognising them.
 */
const UNSUBSCRIBE =
  // "Report abuse" links count too: a GET of one may file a complaint against the sender.
  /report[-_]?abuse|rptabuse|abuse[-_]?report|unsub|opt[-_]?out|optout|abmelden|austragen|desinscri|d[eé]sabonn|darse[-_]?de[-_]?baja|cancelar[-_]?suscripci|disiscri|afmelden|list[-_]?unsubscribe|\/asm\/|remove[-_]?me|stop[-_]?email/i;
const ONE_CLICK = /one[-_]?click|oneclick|1[-_]?click/i;
const PREFERENCES =
  /manage[-_]?preferences|email[-_]?preferences|preference[-_]?cent(?:er|re)|subscription[-_]?(?:cent(?:er|re)|preferences|settings|management)|update[-_]?profile|manage[-_]?subscriptions?|profile[-_]?cent(?:er|re)|(?:^|[/?&=._-])preferences?(?:$|[/?&=._-])/i;
const WEB_VERSION =
  /web[-_]?version|view[-_]?(?:in[-_]?)?(?:browser|online|as[-_]?web[-_]?page|email)|online[-_]?version|webview|browser[-_]?version|im[-_]?browser[-_]?ansehen|(?:^|[/?&=._-])permalink(?:$|[/?&=._-])/i;

const SYSTEM_SHAPES: readonly UrlShapeKind[] = ['unsubscribe', 'preferences', 'web-version'];

/** Merge tags (of any dialect) whose name says what system link they are. */
const TAG_UNSUBSCRIBE = /(?:\*\||\{|%|\[|<%)[^}\]|%>]*unsub/i;
const TAG_PREFERENCES = /(?:\*\||\{|%|\[|<%)[^}\]|%>]*(?:update_?profile|preference|profile_center|manage)/i;
const TAG_WEB_VERSION =
  /(?:\*\||\{|%|\[|<%)[^}\]|%>]*(?:archive|web_?view|webversion|view_?(?:email|online|in_?browser)|permalink|mirror|webcopy)/i;

/** Any of the words, or any of the tags, above: one scan each. */
const SYSTEM_WORDS = new RegExp(
  [UNSUBSCRIBE, PREFERENCES, WEB_VERSION].map((r) => `(?:${r.source})`).join('|'),
  'i',
);
const SYSTEM_TAGS = new RegExp(
  [TAG_UNSUBSCRIBE, TAG_PREFERENCES, TAG_WEB_VERSION].map((r) => `(?:${r.source})`).join('|'),
  'i',
);

/**
 * What kind of email-platform system link a URL (or an href holding a merge
 * tag) is: an unsubscribe link, the one from List-Unsubscribe, a preference
 * centre, a web version; null for an ordinary link.
 */
export function systemLinkKind(url: string, context: SystemLinkContext = {}): SystemLinkKind | null {
  // Long URLs are judged on their first 4 KB: system-link words sit in the path and first parameters.
  const text = url.trim().slice(0, 4096);
  if (text === '') return null;
  // Checked for length first: `some` with its closure was made for every link, mostly of an empty list.
  const listed = context.listUnsubscribe;
  if (listed !== undefined && listed.length > 0 && listed.some((u) => sameUrl(u, text))) {
    return context.listUnsubscribePost || ONE_CLICK.test(text) ? 'one-click-unsubscribe' : 'list-unsubscribe';
  }
  return systemLinkKindOfText(text);
}

/** The part of systemLinkKind that depends on the (trimmed, cut) URL alone: asked once per distinct URL. */
const systemLinkKindOfText = memoByUrl((text: string): SystemLinkKind | null => {
  // Indexed: a for-of over the shared (frozen) empty list of most URLs made an iterator.
  const signs = mergeTagSignsOf(text);
  for (let i = 0; i < signs.length; i++) {
    const sign = signs[i] as (typeof signs)[number];
    if (sign.system === 'unsubscribe') return 'unsubscribe';
    if (sign.system === 'preferences') return 'preferences';
    if (sign.system === 'web-version') return 'web-version';
  }
  const shape = firstShapeOf(text, SYSTEM_SHAPES);
  if (shape)
    return shape.kind === 'unsubscribe' && ONE_CLICK.test(text)
      ? 'one-click-unsubscribe'
      : kindOf(shape.kind);
  const words = pathAndQuery(text);
  // Most links are none of these: two scans tell, instead of six.
  if (!SYSTEM_WORDS.test(words) && !SYSTEM_TAGS.test(text)) return null;
  if (UNSUBSCRIBE.test(words) || TAG_UNSUBSCRIBE.test(text)) {
    return ONE_CLICK.test(words) ? 'one-click-unsubscribe' : 'unsubscribe';
  }
  if (PREFERENCES.test(words) || TAG_PREFERENCES.test(text)) return 'preferences';
  if (WEB_VERSION.test(words) || TAG_WEB_VERSION.test(text)) return 'web-version';
  return null;
});

function kindOf(kind: string): SystemLinkKind {
  return kind === 'preferences' ? 'preferences' : kind === 'web-version' ? 'web-version' : 'unsubscribe';
}

/** Path, query and fragment, percent-decoded where possible (`opt%2Dout`), host left out. */
function pathAndQuery(text: string): string {
  let rest = text;
  const u = urlFields(text);
  // not an absolute URL (a merge tag, a relative path): judge it whole
  if (u !== null) rest = u.pathname + u.search + u.hash;
  if (!rest.includes('%')) return rest;
  try {
    return decodeURIComponent(rest);
  } catch {
    return rest;
  }
}

function sameUrl(a: string, b: string): boolean {
  if (a.trim() === b) return true;
  try {
    return new URL(a.trim()).href === new URL(b).href;
  } catch {
    return false;
  }
}
