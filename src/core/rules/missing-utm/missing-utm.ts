import { urlFields } from '../../url/url-fields';
import type { Link } from '../../types';
import { landingUrl } from '../../url/landing-url';
import { looksLikeSystemLink } from '../../esp/looks-like-system-link';
import { registrableDomain } from '../../url/registrable-domain';
import { parsedUrl } from '../../url/parsed-url';
import { isUtmName, utmParams } from '../../url/utm-params';
import { shortUrl } from '../../url/short-url';
import { defineRule } from '../define-rule';
import { memoByString } from '../../cache/string-memo';

/** The utm_* text of a landing URL, written once per distinct URL and analysis (an email repeats its URLs). */
const utmTextOf = memoByString((url: string): string =>
  utmParams(url)
    .map((p) => `${p.name}=${p.value}`)
    .join('&'),
);

interface Entry {
  link: Link;
  host: string;
  domain: string;
  /** The utm_* parameters as written, e.g. `utm_source=news&utm_medium=email`; '' when there are none. */
  utm: string;
}

function hostOf(url: string): string {
  return urlFields(url)?.hostname ?? url;
}

/** Whether `utm_*` stands after the `#`: untagged for analytics, but that is `utm-after-fragment`'s finding. */
function utmInFragment(url: string): boolean {
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
    // System-link recognition is the costly part: only for untagged links, once per href and text.
    const systemCache = new Map<string, boolean>();
    const isSystem = (link: Link): boolean => {
      const key = `${link.href ?? ''}\u0000${link.text}`;
      let known = systemCache.get(key);
      if (known === undefined) {
        known = looksLikeSystemLink(link, ctx.sender?.listUnsubscribe);
        systemCache.set(key, known);
      }
      return known;
    };
    for (const link of ctx.links) {
      if (link.kind !== 'web' || link.href === null) continue;
      const url = landingUrl(link);
      if (url === null) continue;
      const domain = registrableDomain(url);
      if (domain === null || utmInFragment(url)) continue;
      const utm = utmTextOf(url);
      if (utm === '' && isSystem(link)) continue;
      entries.push({ link, host: hostOf(url), domain, utm });
    }

    // The sender's own sites: the registrable domain(s) that most utm-tagged links go to.
    const tagged = new Map<string, Entry[]>();
    const untagged = new Map<string, Entry[]>();
    for (const e of entries) {
      const into = e.utm !== '' ? tagged : untagged;
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
      const example = withUtm[0]?.utm ?? '';
      for (const e of without) {
        ctx.report({
          link: e.link,
          messageId: 'missing-utm',
          data: { host: e.host, domain, tagged: withUtm.length, links: all, example },
        });
      }
    }
  },
});
