import { cleanHref } from '../../extract/classify-href';
import { parseParams } from '../../url/query-params';
import { rawOffsetOf } from '../../url/raw-offset';
import { urlParts } from '../../url/url-parts';
import { isUtmName } from '../../url/utm-params';
import { defineRule } from '../define-rule';
import { replaceHref, quoteShort } from '../../edit/fix';
import { moveQueryBeforeFragment } from '../../edit/href-rewrites';

/**
 * The query parameters written after the `#`, and the anchor before them:
 * `#section?utm_source=a` → anchor `section`, params `utm_source=a`;
 * `#x&utm_source=a` → anchor `x`. A fragment that is only parameters
 * (`#utm_source=a`) counts too when they are utm_*; other parameter-only
 * fragments (`#access_token=…`) and hash routes (`#/page?x=1`, `#!/x`) are
 * read by the page's own script and left alone unless they hold utm_*.
 */
function misplaced(fragment: string): { anchor: string; query: string; utm: string[] } | null {
  const m = /^([^?&=]*)[?&](.*)$/s.exec(fragment);
  const anchor = m ? (m[1] ?? '') : '';
  const query = m ? (m[2] ?? '') : fragment;
  const utm = [
    ...new Set(
      parseParams(query.replace(/\?/g, '&'))
        .map((p) => p.name)
        .filter(isUtmName),
    ),
  ];
  if (utm.length > 0) return { anchor, query, utm };
  if (!m || /^[/!]/.test(fragment)) return null;
  if (!/[^=&?]=/.test(query)) return null;
  return { anchor, query, utm };
}

export const rule = defineRule({
  id: 'utm-after-fragment',
  defaultSeverity: 'error',
  category: 'utm',
  summary: 'utm_* (or other query) parameters stand after the # fragment, where analytics cannot see them',
  effect: 'campaign-data',
  title: 'Campaign tags in the wrong place',
  impact: 'The campaign tags come after the # part of the address, where analytics cannot see them.',
  remedy: 'Move the campaign tags (?utm_…) before the # part of the address.',
  fixHint: 'Move the ?utm_… parameters before the # part',
  severityRationale:
    'Error: analytics never sees the tags, so the campaign data of every click on this link is lost.',
  messages: {
    'utm-after-fragment': {
      text: (d) => {
        const utm = d['utm'] as string[];
        return (
          `${utm.join(', ')} ${utm.length === 1 ? 'stands' : 'stand'} after the # fragment (#${String(d['fragment'])}): ` +
          `browsers never send the fragment to the server, so analytics do not see them; write ${String(d['fixed'])}`
        );
      },
    },
    'utm-after-fragment/parameters': {
      text: (d) =>
        `Query parameters stand after the # fragment (#${String(d['fragment'])}): browsers never send the fragment ` +
        `to the server, so analytics do not see these parameters; write ${String(d['fixed'])}`,
    },
  },
  fix: (i) =>
    replaceHref(
      i,
      i.link.href === null ? null : moveQueryBeforeFragment(i.link.href),
      true,
      (_b, a) => `Move the parameters before the "#": ${quoteShort(a)}`,
    ),
  check(ctx) {
    for (const link of ctx.links) {
      // No `#`, no fragment (cleaning and masking merge tags add none).
      if (link.href === null || link.kind !== 'web' || !link.href.includes('#')) continue;
      const href = cleanHref(link.href);
      const parts = urlParts(href);
      if (!parts || parts.fragment === null) continue;
      const found = misplaced(parts.fragment);
      if (!found) continue;
      const base = `${parts.scheme}://${parts.authority}${parts.path}`;
      const query = [parts.query, found.query].filter((q) => q !== null && q !== '').join('&');
      const fixed = `${base}?${query}${found.anchor !== '' ? `#${found.anchor}` : ''}`;
      ctx.report({
        link,
        offset: rawOffsetOf(link, /#(?![0-9]+;|x[0-9a-f]+;)/i),
        messageId: found.utm.length > 0 ? 'utm-after-fragment' : 'utm-after-fragment/parameters',
        data: { fragment: parts.fragment, utm: found.utm, fixed },
      });
    }
  },
});
