import { urlFields } from '../../url/url-fields';
import type { Link } from '../../types';
import { landingUrl } from '../../url/landing-url';
import { isSystemHref, isSystemText } from '../../esp/looks-like-system-link';
import { registrableDomain } from '../../url/registrable-domain';
import { parsedUrl } from '../../url/parsed-url';
import { isUtmName, utmParams } from '../../url/utm-params';
import { shortUrl } from '../../url/short-url';
import { defineRule } from '../define-rule';

/** The utm_* parameters of a landing URL as written, e.g. `utm_source=news&utm_medium=email`. */
function utmTextOf(url: string): string {
  return utmParams(url)
    .map((p) => `${p.name}=${p.value}`)
    .join('&');
}

/**
 * A web link with a landing URL on a registrable domain. Its host and its utm_* text are read only for
 * the links a finding names (measured: a text and a host look-up per link before, for every link).
 */
interface Entry {
  link: Link;
  url: string;
  domain: string;
  /** Whether the URL has utm_* parameters. */
  tagged: boolean;
}

function hostOf(url: string): string {
  return urlFields(url)?.hostname ?? url;
}

/** Whether `utm_*` stands after the `#`: untagged for analytics, but that is `utm-after-fragment`'s finding. */
function utmInFragment(url: string): boolean {
  // Without a `#` there is no fragment (merge tags add none): most URLs, whose parts are then not needed.
  if (!url.includes('#')) return false;
  const fragment = parsedUrl(url).parts?.fragment ?? '';
  if (fragment === '') return false;
  return fragment.split(/[?&]/).some((p) => isUtmName(p.split('=')[0] ?? ''));
}

export const rule = defineRule({
  id: 'missing-utm',
  defaultSeverity: 'warning',
  category: 'utm',
  summary: "most web links to the sender's own sites carry utm_* parameters but this one does not",
  effect: 'campaign-data',
  title: 'Link without campaign tags',
  impact:
    'Your other links carry campaign tags but this one does not, so visits from it are missing in your analytics.',
  remedy: 'Add the same campaign tags (utm_source, utm_medium, utm_campaign) as the other links.',
  fixHint: 'Add the same utm_ parameters as the other links',
  severityRationale: 'Warning: the link works, but its visits are missing from the campaign in analytics.',
  messages: {
    'missing-utm': {
      text: (d) =>
        `Link to ${String(d['host'])} has no utm_* parameters, while ${String(d['tagged'])} of the ${String(d['links'])} links to ` +
        `${String(d['domain'])} carry them (e.g. ${shortUrl(String(d['example']))}): visits from this link are not attributed to the campaign`,
    },
  },
  check(ctx) {
    const entries: Entry[] = [];
    // System-link recognition by the href is the costly part: only for untagged links, once per href (the
    // text's two tests are cheaper than a key joined from href and text, measured).
    const systemHrefs = new Map<string, boolean>();
    const isSystem = (link: Link): boolean => {
      const href = link.href ?? '';
      let known = systemHrefs.get(href);
      if (known === undefined) {
        known = isSystemHref(href, ctx.sender?.listUnsubscribe);
        systemHrefs.set(href, known);
      }
      return known || isSystemText(link.text);
    };
    for (let i = 0; i < ctx.links.length; i++) {
      const link = ctx.links[i] as Link;
      if (link.kind !== 'web' || link.href === null) continue;
      const url = landingUrl(link);
      if (url === null) continue;
      const domain = registrableDomain(url);
      if (domain === null || utmInFragment(url)) continue;
      const tagged = utmParams(url).length > 0;
      if (!tagged && isSystem(link)) continue;
      entries.push({ link, url, domain, tagged });
    }

    // The sender's own sites: the registrable domain(s) that most utm-tagged links go to.
    const tagged = new Map<string, Entry[]>();
    const untagged = new Map<string, Entry[]>();
    for (const e of entries) {
      const into = e.tagged ? tagged : untagged;
      const list = into.get(e.domain);
      if (list) list.push(e);
      else into.set(e.domain, [e]);
    }
    let total = 0;
    let max = 0;
    for (const list of tagged.values()) {
      total += list.length;
      max = Math.max(max, list.length);
    }
    if (total === 0) return;
    const majority = [...tagged.keys()].filter((d) => (tagged.get(d)?.length ?? 0) * 2 > total);
    const own =
      majority.length > 0 ? majority : [...tagged.keys()].filter((d) => tagged.get(d)?.length === max);

    for (const domain of own) {
      const withUtm = tagged.get(domain) ?? [];
      const without = untagged.get(domain) ?? [];
      // "Most links to the own site carry utm_*": otherwise no tagging convention to hold this link to.
      if (withUtm.length <= without.length) continue;
      const all = withUtm.length + without.length;
      const example = withUtm[0] ? utmTextOf(withUtm[0].url) : '';
      for (const e of without) {
        ctx.report({
          link: e.link,
          messageId: 'missing-utm',
          data: { host: hostOf(e.url), domain, tagged: withUtm.length, links: all, example },
        });
      }
    }
  },
});
