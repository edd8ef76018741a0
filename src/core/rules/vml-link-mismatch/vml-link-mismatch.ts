import { urlFields } from '../../url/url-fields';
import { cleanHref } from '../../extract/classify-href';
import { outlookTwins, PROPER_KINDS } from '../../esp/outlook-twins';
import type { Link } from '../../types';
import { shortUrl } from '../../url/short-url';
import { defineRule, type RuleContext } from '../define-rule';
import { replaceHref, quoteShort, linkOf } from '../../edit/fix';

/** A path or query segment that is a tracker's token (base64 or hex, 24+ characters). */
const TOKEN = /[/=][A-Za-z0-9_\-+%.~]{24,}/;

function hostOf(link: Link): string | null {
  return link.url ? (urlFields(link.url)?.hostname ?? null) : null;
}

/**
 * Whether two links go through the same click tracker, which hides their
 * destinations: both marked tracked without a decodable destination, or, in
 * a sent email, both on one host with a token in the URL (a branded tracking
 * domain the catalogue does not know, e.g. `r.email.<brand>/tr/cl/<token>`).
 */
function bothOpaque(ctx: RuleContext, a: Link, b: Link): boolean {
  if (a.destination || b.destination) return false;
  if (a.tracked === true && b.tracked === true) return true;
  if (ctx.mode !== 'sent') return false;
  const host = hostOf(a);
  return host !== null && host === hostOf(b) && TOKEN.test(a.href ?? '') && TOKEN.test(b.href ?? '');
}

/** The Outlook-only link as the message names it, from the finding's data. */
function describe(d: Record<string, unknown>): string {
  const element = String(d['element']);
  const condition = typeof d['condition'] === 'string' ? d['condition'] : 'mso';
  return element.includes(':') ? `VML <${element}>` : `<${element}> inside <!--[if ${condition}]>`;
}

/** Both links, and the consequence that makes the message's variant. */
function twins(d: Record<string, unknown>, consequence: string): string {
  return (
    `Outlook-only link (${describe(d)}) goes to ${shortUrl(String(d['href']))}, but the same button's link for ` +
    `other email clients (line ${String(d['counterpartLine'])}, ${String(d['counterpart'])}) goes to ` +
    `${shortUrl(String(d['counterpartHref']))}: ${consequence}`
  );
}

/**
 * A VML shape with an empty href drawn around the ordinary link (Beefree and
 * Unlayer write the shape's start in `<!--[if mso]>`, the `<a>` after it and
 * the shape's end in a second comment): the shape is the button's background,
 * and Outlook readers click the link inside it.
 */
function wrapsCounterpart(html: string, link: Link, counterpart: Link): boolean {
  if (!link.element.startsWith('v:') || cleanHref(link.href ?? '') !== '') return false;
  if (counterpart.startTag.start < link.elementRange.end) return false;
  const close = html.indexOf(`</${link.element}`, link.elementRange.end);
  return close > counterpart.elementRange.end;
}

export const rule = defineRule({
  id: 'vml-link-mismatch',
  defaultSeverity: 'warning',
  category: 'tracking',
  summary:
    'an Outlook-only link (VML href or a link inside <!--[if mso]>) has no counterpart with the same destination in the non-Outlook markup of the same button, or points elsewhere',
  effect: 'clicks-not-counted',
  title: 'Outlook button goes somewhere else',
  impact:
    'Outlook readers see a different button than everyone else, and it points to another address or is not counted the same way.',
  remedy: 'Give the Outlook version of the button the same address as the normal button.',
  fixHint: 'Give the Outlook (VML) button the same address as the normal button',
  severityRationale:
    'Warning: Outlook readers, often a large share of business mail, get another destination or an uncounted click.',
  messages: {
    'vml-link-mismatch': {
      text: (d) =>
        twins(d, 'Outlook readers land elsewhere, and their clicks are counted apart or not at all'),
    },
    'vml-link-mismatch/broken': {
      text: (d) => twins(d, 'the button leads nowhere in Outlook'),
    },
    'vml-link-mismatch/untracked': {
      text: (d) =>
        twins(
          d,
          'the Outlook link does not go through the click-tracking host, so clicks from Outlook are not counted',
        ),
    },
    'vml-link-mismatch/no-counterpart': {
      text: (d) =>
        `Outlook-only link (${describe(d)}) to ${shortUrl(String(d['href']))} has no counterpart with the same ` +
        'destination in the markup other email clients show: only Outlook readers get this link',
    },
  },
  fix: (i) => {
    const counterpart = linkOf(i.report, i.finding.data?.['counterpart']);
    if (!counterpart || counterpart.href === null || !i.link.outlookOnly) return null;
    return replaceHref(
      i,
      counterpart.href,
      true,
      () =>
        `Point the Outlook button at the same place as the HTML button (line ${counterpart.line}): ${quoteShort(counterpart.href ?? '')}`,
    );
  },
  check(ctx) {
    for (const { link, counterpart, sameHref, sameLanding } of outlookTwins(ctx.links)) {
      if (sameHref) continue;
      const outlook = { element: link.element, condition: link.condition, href: link.href ?? '' };
      if (!counterpart) {
        ctx.report({ link, messageId: 'vml-link-mismatch/no-counterpart', data: outlook });
        continue;
      }
      if (wrapsCounterpart(ctx.html, link, counterpart)) continue;
      const broken = !PROPER_KINDS.has(link.kind) || (link.kind === 'web' && link.url === null);
      const bypassesTracker = !broken && counterpart.tracked === true && link.tracked !== true;
      // One finding per cause: in a sent email an Outlook twin that only skips the tracker
      // (same page, or a tracker that hides where it goes) is untracked-link's, naming both.
      if (bypassesTracker && link.tracked === false && (sameLanding || !counterpart.destination)) continue;
      if (sameLanding && !bypassesTracker) continue;
      if (!sameLanding && bothOpaque(ctx, link, counterpart)) continue;
      ctx.report({
        link,
        messageId: broken
          ? 'vml-link-mismatch/broken'
          : bypassesTracker
            ? 'vml-link-mismatch/untracked'
            : 'vml-link-mismatch',
        data: {
          ...outlook,
          counterpart: counterpart.id,
          counterpartLine: counterpart.line,
          counterpartHref: counterpart.href ?? '',
        },
        relatedLinks: [counterpart],
      });
    }
  },
});
