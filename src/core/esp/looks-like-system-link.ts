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
  return (link.href !== null && isSystemHref(link.href, listUnsubscribe)) || isSystemText(link.text);
}

/** looksLikeSystemLink by the href alone: the costly half, which a caller may keep per href. */
export function isSystemHref(href: string, listUnsubscribe: readonly string[] = []): boolean {
  return systemLinkKind(href, { listUnsubscribe }) !== null || LEGAL_WORDS.test(pathOf(href));
}

/** looksLikeSystemLink by the link text alone. */
export function isSystemText(text: string): boolean {
  // A legal page by its text only when the text is short: "Privacy", not a sentence that mentions privacy.
  return SYSTEM_TEXT.test(text) || (text.length <= 40 && LEGAL_WORDS.test(text));
}

/** The href without scheme and host, so `terms` in a host name does not count. */
function pathOf(href: string): string {
  return href.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '');
}
