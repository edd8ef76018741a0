import { systemLinkTextKind } from '../esp/system-link-text';
import type { Report } from '../types';
import { urlFields } from '../url/url-fields';

/**
 * The URLs an online link check must not request, for the `skip` list of
 * `POST /api/links/check` (docs/contracts/api.md). The service refuses system links it can
 * tell by their URL (`/unsubscribe`, `/asm/`, merge tags); these it cannot:
 *
 * - links whose visible text, image alt or label names an unsubscribe,
 *   preferences or web-version link while the URL is opaque, such as a
 *   tracked redirect (`https://click.shop.com/ls/click?upn=…` reading
 *   "Unsubscribe"): following the redirect lands on the page, and a GET there
 *   may unsubscribe the reader;
 * - the URLs of the message's List-Unsubscribe header (RFC 2369, RFC 8058),
 *   which the body may link to under any text.
 *
 * Each such link's decoded destination is listed too, so checking only the
 * destinations skips them as well. The app and the CLI both send this list.
 */
export function doNotRequest(report: Pick<Report, 'links' | 'sender'>): string[] {
  const out = new Set<string>();
  for (const url of report.sender?.listUnsubscribe ?? []) {
    // As the parser writes it, like a link's `url`, so a body link to it is found however the header spells it.
    const href = urlFields(url.trim())?.href;
    if (href !== undefined && /^https?:/.test(href)) out.add(href);
  }
  for (const link of report.links) {
    if (link.kind !== 'web' || link.url === null) continue;
    const named = [link.text, link.imageAlt ?? '', link.ariaLabel ?? ''].some(
      (t) => systemLinkTextKind(t) !== null,
    );
    if (!named && !out.has(link.url)) continue;
    out.add(link.url);
    if (link.destination?.url) out.add(link.destination.url);
  }
  return [...out];
}
