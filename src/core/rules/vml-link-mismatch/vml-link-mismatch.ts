import { urlFields } from '../../url/url-fields';
import { cleanHref } from '../../extract/classify-href';
import type { Link } from '../../types';
import { comparisonKey } from '../../url/comparable-url';
import { isOutlookOnly } from '../../url/outlook-only';
import { shortUrl } from '../../url/short-url';
import { defineRule, type RuleContext } from '../define-rule';
import { replaceHref, quoteShort, linkOf } from '../../edit/fix';

/** The href in canonical form (or as cleaned, for what is not a web URL). */
function hrefKey(link: Link): string {
  const href = link.href ?? '';
  return (link.kind === 'web' ? comparisonKey(href) : null) ?? cleanHref(href);
}

/** Where the link lands: the decoded destination of a wrapper, else the href. */
function landingKey(link: Link): string {
  const url = link.destination?.url;
  return (url ? comparisonKey(url) : null) ?? hrefKey(link);
}

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

/** Kinds of working links: a counterpart must be of the same kind. */
const PROPER_KINDS: ReadonlySet<string> = new Set(['web', 'mailto', 'tel', 'sms', 'merge-tag']);

function describe(link: Link): string {
  return link.element.includes(':')
    ? `VML <${link.element}>`
    : `<${link.element}> inside <!--[if ${link.condition ?? 'mso'}]>`;
}

/** Runs of consecutive links that are all Outlook-only or all not. */
function runsOf(links: readonly Link[]): Link[][] {
  const runs: Link[][] = [];
  let current: Link[] = [];
  for (const link of links) {
    if (link.href === null) continue;
    if (current[0] && isOutlookOnly(current[0]) !== isOutlookOnly(link)) {
      runs.push(current);
      current = [];
    }
    current.push(link);
  }
  if (current.length > 0) runs.push(current);
  return runs;
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
    // A button's Outlook-only run sits next to the run other clients see: usually the
    // `<!--[if !mso]><!-->` sibling after it, sometimes before it. A run of k Outlook-only
    // links is compared with the k links on each side: linear in the number of links.
    const runs = runsOf(ctx.links);
    runs.forEach((run, r) => {
      const first = run[0];
      const last = run[run.length - 1];
      if (!first || !isOutlookOnly(first) || !last) return;
      const k = run.length;
      const after = (runs[r + 1] ?? []).slice(0, k);
      const before = (runs[r - 1] ?? []).slice(-k);
      const gapAfter = after[0] ? after[0].startTag.start - last.elementRange.end : Infinity;
      const gapBefore = before[before.length - 1]
        ? first.startTag.start - (before[before.length - 1]?.elementRange.end ?? 0)
        : Infinity;
      // The nearer side is the button's other half.
      const [near, far] = gapBefore < gapAfter ? [before, after] : [after, before];
      const candidates = [...near, ...far];
      const hrefKeys = new Set(candidates.map(hrefKey));
      const landings = new Map<string, Link>();
      for (const c of candidates) if (!landings.has(landingKey(c))) landings.set(landingKey(c), c);

      run.forEach((link, i) => {
        if (hrefKeys.has(hrefKey(link))) return;
        const sameLanding = landings.get(landingKey(link));
        const text = link.text.toLowerCase();
        const sameText = text !== '' ? candidates.find((c) => c.text.toLowerCase() === text) : undefined;
        // A web button's other half is a web link, not the mailto: next to it; a broken
        // Outlook href (empty, relative) is compared with whatever stands there.
        const fits = (c: Link | undefined): c is Link =>
          c !== undefined && (c.kind === link.kind || !PROPER_KINDS.has(link.kind));
        const counterpart =
          sameLanding ?? sameText ?? [near[i], near[near.length - 1], far[i], far[far.length - 1]].find(fits);
        if (!counterpart) {
          ctx.report({
            link,
            message:
              `Outlook-only link (${describe(link)}) to ${shortUrl(link.href ?? '')} has no counterpart with the same ` +
              'destination in the markup other email clients show: only Outlook readers get this link',
          });
          return;
        }
        const broken = !PROPER_KINDS.has(link.kind) || (link.kind === 'web' && link.url === null);
        const bypassesTracker = !broken && counterpart.tracked === true && link.tracked !== true;
        if (sameLanding && !bypassesTracker) return;
        if (!sameLanding && bothOpaque(ctx, link, counterpart)) return;
        ctx.report({
          link,
          message:
            `Outlook-only link (${describe(link)}) goes to ${shortUrl(link.href ?? '')}, but the same button's link for ` +
            `other email clients (line ${counterpart.line}, ${counterpart.id}) goes to ${shortUrl(counterpart.href ?? '')}: ` +
            (broken
              ? 'the button leads nowhere in Outlook'
              : bypassesTracker
                ? 'the Outlook link does not go through the click-tracking host, so clicks from Outlook are not counted'
                : 'Outlook readers land elsewhere, and their clicks are counted apart or not at all'),
          data: { counterpart: counterpart.id, counterpartLine: counterpart.line },
        });
      });
    });
  },
});
