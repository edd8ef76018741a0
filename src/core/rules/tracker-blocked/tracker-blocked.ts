import { findOpenPixels } from '../../esp/open-pixel';
import { blockedRequests, groupBy } from '../../privacy/judge-privacy';
import { defineRule } from '../define-rule';

/** The tracker's organisation, in brackets, where it is not the tracker's own name. */
function owner(d: Record<string, unknown>): string {
  const organization = d['organization'];
  return typeof organization === 'string' && organization !== '' && organization !== d['tracker']
    ? ` (${organization})`
    : '';
}

/**
 * A click-tracking link, or the open pixel, that a common blocker stops:
 * judged with Ghostery's tracker database (`@ghostery/trackerdb`) in the
 * `@ghostery/adblocker` engine it is built for — a link as a top-level
 * navigation, the pixel as an image loaded by a webmail page — because
 * blockers treat the two differently. Names the tracker and the filter. One
 * finding per tracker and request kind, covering every link that matches.
 * Silent when the tracker data is not loaded.
 */
export const rule = defineRule({
  id: 'tracker-blocked',
  defaultSeverity: 'warning',
  category: 'tracking',
  summary:
    "a click-tracking link (judged as a page load) or the open pixel (judged as an image) matches a filter of Ghostery's tracker database, which blockers use: names the tracker and the filter",
  effect: 'clicks-not-counted',
  title: 'Ad blockers stop this tracking link',
  impact:
    'Readers with an ad or tracker blocker (Ghostery and blockers with similar lists) may see a blocked page instead of yours, and the click is not counted.',
  remedy:
    'If your email platform offers a branded click-tracking domain of your own, use it: blockers list the platform’s shared tracking addresses, not yours.',
  fixHint: 'Use a branded click-tracking domain',
  severityRationale:
    "Warning: readers with such a blocker may not reach the page and their clicks are not counted, and a branded click-tracking domain often avoids it. The open pixel is reported as info: opens are approximate anyway, and nothing in the email changes a blocker's decision.",
  messages: {
    'tracker-blocked': {
      text: (d) => {
        const links = Number(d['links']);
        return (
          `Ghostery's tracker database lists this click-tracking link as "${String(d['tracker'])}"${owner(d)} (filter ${String(d['filter'])}), ` +
          `and matches it as a page load: readers with a blocker that uses such lists may get a blocked page, and the click is not counted` +
          `${links > 1 ? ` (${links} links)` : ''}.`
        );
      },
    },
    'tracker-blocked/open-pixel': {
      text: (d) =>
        `The open pixel ${String((d['urls'] as string[])[0])} matches "${String(d['tracker'])}"${owner(d)} in Ghostery's tracker database (filter ${String(d['filter'])}) as an image: ` +
        `blockers that use such lists do not load it, so opens of those readers are not counted.`,
      wording: {
        title: 'Ad blockers stop the open pixel',
        impact:
          'Readers with an ad or tracker blocker in their browser do not load this image, so their opens are not counted. Opens are approximate anyway; clicks are the better measure.',
        remedy: 'Nothing to change: judge the campaign by clicks rather than opens.',
      },
    },
  },
  check(ctx) {
    const engines = ctx.options.privacy;
    if (!engines) return;
    const pixels = findOpenPixels(ctx.images, ctx.trackingDomains);
    const blocked = blockedRequests(ctx.links, pixels, engines);
    for (const group of groupBy(blocked, (b) => `${b.kind}|${b.tracker.name}|${b.tracker.filter}`)) {
      const first = group[0];
      if (!first) continue;
      const { tracker } = first;
      const data = {
        tracker: tracker.name,
        organization: tracker.organization,
        category: tracker.category,
        filter: tracker.filter,
        requestType: first.kind === 'link' ? 'main_frame' : 'image',
        links: first.kind === 'link' ? group.length : 0,
        urls: [...new Set(group.map((b) => b.url))],
      };
      if (first.kind === 'link') {
        const links = group.flatMap((b) => (b.link ? [b.link] : []));
        ctx.report({ link: first.link, relatedLinks: links.slice(1), messageId: 'tracker-blocked', data });
      } else {
        ctx.report({ offset: first.offset, messageId: 'tracker-blocked/open-pixel', severity: 'info', data });
      }
    }
  },
});
