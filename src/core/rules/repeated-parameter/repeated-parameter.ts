import { quoteHref } from '../../extract/quote-href';
import { findMergeTags } from '../../url/merge-tags';
import { landingUrl } from '../../url/landing-url';
import { parsedUrl, writesNameTwice } from '../../url/parsed-url';
import { rawOffsetOf } from '../../url/raw-offset';
import { defineRule } from '../define-rule';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The same query parameter twice with different values: `?utm_source=news&utm_source=mail`. */
export const rule = defineRule({
  id: 'repeated-parameter',
  defaultSeverity: 'warning',
  category: 'url',
  summary:
    'The same query parameter appears twice in a link with different values (?utm_source=a&utm_source=b): which one counts depends on the site.',
  effect: 'campaign-data',
  title: 'The same link parameter twice',
  impact:
    'The link gives one parameter two different values. Websites and analytics tools pick different ones (the first, the last, or both), so your campaign data or the page shown may be the wrong one.',
  remedy: 'Keep one value for the parameter and delete the other.',
  fixHint: 'Keep one value of the repeated parameter',
  severityRationale:
    'Warning: the page opens, but which value the site and analytics use is not certain, so data can be wrong.',
  messages: {
    'repeated-parameter': {
      text: (d) =>
        `The link ${quoteHref(String(d['href']))} has the parameter "${String(d['name'])}" ${String(d['count'])} times with ` +
        `different values (${(d['values'] as string[]).map((v) => `"${v}"`).join(', ')}): analytics tools usually keep ` +
        `the first, many web frameworks the last, some both, so the value that counts is not the one you can be sure of. ` +
        `Keep one.`,
    },
  },
  check(ctx) {
    for (const link of ctx.links) {
      if (link.kind !== 'web') continue;
      const url = landingUrl(link);
      if (url === null) continue;
      const parsed = parsedUrl(url);
      const query = parsed.parts?.query ?? null;
      // Most links write each parameter once: told from the query in place, without its parameter objects.
      if (query === null || !writesNameTwice(query)) continue;
      const params = parsed.params;
      const byName = new Map<string, string[]>();
      for (const p of params) {
        // `name[]=` is an array on purpose; a merge tag's value is not known before sending.
        if (p.name === '' || p.name.endsWith('[]') || p.name.endsWith('%5B%5D')) continue;
        if (findMergeTags(p.value).length > 0) continue;
        const values = byName.get(p.name) ?? [];
        values.push(p.value);
        byName.set(p.name, values);
      }
      for (const [name, values] of byName) {
        const distinct = [...new Set(values)];
        if (distinct.length < 2) continue;
        const offset = rawOffsetOf(
          link,
          new RegExp(`[?&;]${escapeRegExp(name)}=[^&#]*[&;][\\s\\S]*?${escapeRegExp(name)}=`),
        );
        ctx.report({
          link,
          ...(offset !== undefined ? { offset } : {}),
          messageId: 'repeated-parameter',
          data: { href: url, name, count: values.length, values: distinct },
        });
      }
    }
  },
});
