import type { Link } from '../types';

/**
 * Words that mark an email platform's or sender's system link (unsubscribe,
 * preferences, web version, forward): links that are not campaign traffic and
 * carry no campaign parameters by design. Sources: RFC 2369/8058
 * (List-Unsubscribe), the merge tags of ../../../../shared/reference/email-platforms.md
 * (`*|UNSUB|*`, `*|UPDATE_PROFILE|*`, `*|ARCHIVE|*`, `%%view_email_url%%`,
 * `{{ unsubscribe_url }}`), CAN-SPAM's opt-out requirement.
 *
 * A minimal stand-in for the platform catalogue's system-link list: the
 * UTM rules use it only to leave such links out.
 */
const SYSTEM_WORDS =
  /unsub|opt[-_ ]?out|optout|preferences?|manage[-_ ]?(?:subscription|email|profile)|update[-_ ]?profile|email[-_ ]?preferences|view[-_ ]?(?:in[-_ ]?browser|online|email)|web[-_ ]?version|webversion|forward[-_ ]?to[-_ ]?a[-_ ]?friend|list-manage\.com\/(?:profile|unsubscribe|vcard)/i;

/** Whether the link is most likely an unsubscribe, preferences, web-version or forward link. */
export function looksLikeSystemLink(link: Pick<Link, 'href' | 'text'>): boolean {
  if (link.href !== null && SYSTEM_WORDS.test(link.href)) return true;
  return /\bunsubscribe\b|\bopt[- ]?out\b|\bpreferences\b|view (?:it |this email )?(?:in (?:your|a) browser|online)|\bweb version\b/i.test(
    link.text,
  );
}
