import { systemLinkKind } from './system-links';
import type { Link } from '../types';

/**
 * Legal footer pages (privacy policy, terms, imprint — "Impressum" and
 * "Datenschutz" in German mail), by URL path or link text: not campaign
 * traffic, and often untagged by design.
 */
const LEGAL_WORDS =
  /\b(?:privacy(?:[-_ ]?policy)?|terms(?:[-_ ]?(?:of[-_ ]?(?:use|service)|and[-_ ]?conditions))?|imprint|impressum|datenschutz(?:erkl(?:ä|ae)rung)?|agb|legal[-_ ]?notice)\b/i;

/** Link texts of system links whose URL does not say what they are (a tracked or opaque URL). */
const SYSTEM_TEXT =
  /\bunsubscribe\b|\bopt[- ]?out\b|\bpreferences\b|view (?:it |this email )?(?:in (?:your|a) browser|online)|\bweb version\b|\babmelden\b|\bim browser\b|\bforward to a friend\b/i;

/**
 * Whether the link is an email platform's or the sender's system link
 * (unsubscribe, preferences, web version — by the platform catalogue's
 * `systemLinkKind`, or by its text) or a legal footer link. The UTM rules
 * leave such links out.
 */
export function looksLikeSystemLink(
  link: Pick<Link, 'href' | 'text'>,
  listUnsubscribe: readonly string[] = [],
): boolean {
  if (link.href !== null) {
    if (systemLinkKind(link.href, { listUnsubscribe }) !== null) return true;
    if (LEGAL_WORDS.test(pathOf(link.href))) return true;
  }
  // A legal page by its text only when the text is short: "Privacy", not a sentence that mentions privacy.
  return SYSTEM_TEXT.test(link.text) || (link.text.length <= 40 && LEGAL_WORDS.test(link.text));
}

/** The href without scheme and host, so `terms` in a host name does not count. */
function pathOf(href: string): string {
  return href.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '');
}
