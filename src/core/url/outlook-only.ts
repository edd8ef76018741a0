import type { Link } from '../types';

/**
 * Whether only Outlook (Word-rendered Outlook for Windows) follows the link:
 * it sits inside an `<!--[if mso]>` (or similar) conditional comment, or it is
 * the `href` of a VML shape (`v:roundrect`, `v:rect`, `v:oval` …), which only
 * Outlook renders even when a template writes it outside a conditional comment.
 */
export function isOutlookOnly(link: Pick<Link, 'outlookOnly' | 'element'>): boolean {
  return link.outlookOnly || link.element.startsWith('v:');
}
