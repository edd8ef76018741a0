import type { Link } from '../types';

/**
 * Words that mark an email platform's or sender's system link (unsubscribe,
 * preferences, web version, forward) or a legal footer link (privacy policy,
 * terms, imprint — "Impressum" and "Datenschutz" in German mail): links that
 * are not campaign traffic and often carry no campaign parameters by design. Sources: RFC 2369/8058
 * (List-Unsubscribe), the merge tags of ../../../../shared/reference/email-platforms.md
 * (`*|UNSUB|*`, `*|UPDATE_PROFILE|*`, `*|ARCHIVE|*`, `%%view_email_url%%`,
 * `{{ unsubscribe_url }}`), CAN-SPAM's opt-out requirement.
 *
 * A minimal stand-in for the platform catalogue's system-link list: the
 * UTM rules use it only to leave such links out.
 */
const SYSTEM_WORDS =
  /unsub|opt[-_ ]?out|optout|preferences?|manage[-_ ]?(?:subscription|email|profile)|update[-_ ]?profile|email[-_ ]?preferences|view[-_ ]?(?:in[-_ ]?browser|online|email)|web[-_ ]?version|webversion|forward[-_ ]?to[-_ ]?a[-_ ]?friend|list-manage\.com\/(?:profile|unsubscribe|vcard)/i;

/** Legal footer pages, by URL path or link text (English and German, the languages of the corpus). */
const LEGAL_WORDS =
  /\b(?:privacy(?:[-_ ]?policy)?|terms(?:[-_ ]?(?:of[-_ ]?(?:use|service)|and[-_ ]?conditions))?|imprint|impressum|datenschutz(?:erkl(?:ä|ae)rung)?|agb|legal[-_ ]?notice)\b/i;

const SYSTEM_TEXT =
  /\bunsubscribe\b|\bopt[- ]?out\b|\bpreferences\b|view (?:it |this email )?(?:in (?:your|a) browser|online)|\bweb version\b|\babmelden\b|\bim browser\b/i;

/** Whether the link is most likely an unsubscribe, preferences, web-version, forward or legal footer link. */
export function looksLikeSystemLink(link: Pick<Link, 'href' | 'text'>): boolean {
  if (link.href !== null && (SYSTEM_WORDS.test(link.href) || LEGAL_WORDS.test(pathOf(link.href))))
    return true;
  // A legal page by its text only when the text is short: "Privacy", not a sentence that mentions privacy.
  return SYSTEM_TEXT.test(link.text) || (link.text.length <= 40 && LEGAL_WORDS.test(link.text));
}

/** The href without scheme and host, so `terms` in a host name does not count. */
function pathOf(href: string): string {
  return href.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '');
}
