import { isPlatformUtm } from '../../esp/catalogue';
import { findMergeTags } from '../../url/merge-tags';
import type { Link } from '../../types';
import { landingUrl } from '../../url/landing-url';
import { rawOffsetOf } from '../../url/raw-offset';
import type { QueryParam } from '../../url/parsed-url';
import { UTM_COMPARED, utmParams } from '../../url/utm-params';
import { defineRule } from '../define-rule';

interface Use {
  link: Link;
  value: string;
}

function plural(n: number): string {
  return n === 1 ? '1 link' : `${n} links`;
}

/** The start of both messages: this value, the reference, where it stands, and every value with its count. */
function head(d: Record<string, unknown>): string {
  const ranked = d['ranked'] as ReadonlyArray<{ value: string; links: number }>;
  // "most links" only where the reference value really is the most used one.
  const tie = ranked.filter((r) => r.links === ranked[0]?.links).length > 1;
  const where = tie ? `on the first link that has it` : 'on most links';
  const summary = ranked.map((r) => `"${r.value}" (${plural(r.links)})`).join(', ');
  return `${String(d['parameter'])} is "${String(d['value'])}" here but "${String(d['reference'])}" ${where} (${summary}): `;
}

/**
 * The first parameter whose name, in lower case, is `name` (lower-case ASCII, so only a name of its length
 * can match): a loop, not `find` with a closure per call and every name lower-cased, as it runs three
 * times for every link.
 */
function paramNamed(params: readonly QueryParam[], name: string): QueryParam | undefined {
  // Indexed: a for-of over the shared (frozen) list made an iterator per call.
  for (let i = 0; i < params.length; i++) {
    const q = params[i] as QueryParam;
    if (q.name.length === name.length && (q.name === name || q.name.toLowerCase() === name)) return q;
  }
  return undefined;
}

export const rule = defineRule({
  id: 'inconsistent-utm',
  defaultSeverity: 'warning',
  category: 'utm',
  summary:
    'utm_source, utm_medium or utm_campaign values differ between links of the same email (including by letter case)',
  effect: 'campaign-data',
  title: 'Campaign tags that do not match',
  impact:
    'Links in this email use different campaign names, so your analytics splits one campaign into several.',
  remedy: 'Use exactly the same campaign tag values, in the same letter case, on every link.',
  fixHint: 'Use one spelling of utm_source, utm_medium and utm_campaign throughout',
  severityRationale: 'Warning: the links work, but analytics splits one campaign into several.',
  messages: {
    'inconsistent-utm': {
      text: (d) => `${head(d)}the campaign report splits this email into separate rows`,
    },
    'inconsistent-utm/letter-case': {
      text: (d) =>
        `${head(d)}analytics tools treat values that differ only in letter case as different, ` +
        'so the campaign report splits this email into separate rows',
    },
  },
  check(ctx) {
    // The web links with a landing URL and their utm_* parameters, side by side (no record per link).
    const links: Link[] = [];
    const lists: Array<readonly QueryParam[]> = [];
    for (let i = 0; i < ctx.links.length; i++) {
      const link = ctx.links[i] as Link;
      if (link.kind !== 'web') continue;
      const url = landingUrl(link);
      if (url === null) continue;
      links.push(link);
      lists.push(utmParams(url));
    }
    interface Compared {
      name: string;
      /** The links' counted values, in order: collected only when there are two values or more. */
      uses: Use[];
      counts: Map<string, number>;
      reference: string;
    }
    const compared: Compared[] = [];
    for (const name of UTM_COMPARED) {
      const counts = new Map<string, number>();
      // Whether a value counts, once per distinct value (an email repeats its few values on every link).
      const usable = new Map<string, boolean>();
      const countedValue = (i: number): string | null => {
        const p = paramNamed(lists[i] as readonly QueryParam[], name);
        if (!p) return null;
        let counted = usable.get(p.value);
        if (counted === undefined) {
          // A merge tag is filled in at send time: its value is not known here. The platform's own
          // feature links carry values it writes itself: the sender cannot change them.
          counted = findMergeTags(p.value).length === 0 && !isPlatformUtm(ctx.esp, name, p.value);
          usable.set(p.value, counted);
        }
        return counted ? p.value : null;
      };
      for (let i = 0; i < links.length; i++) {
        const value = countedValue(i);
        if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
      }
      // The uses are read only where a parameter has two values or more: collected then, in a second
      // pass, not for every link of the many emails with one value each (measured).
      const uses: Use[] = [];
      if (counts.size >= 2) {
        for (let i = 0; i < links.length; i++) {
          const value = countedValue(i);
          if (value !== null) uses.push({ link: links[i] as Link, value });
        }
      }
      // The reference is the most used value (the first seen on a tie).
      let reference = '';
      let best = 0;
      for (const [value, n] of counts) {
        if (n > best) {
          reference = value;
          best = n;
        }
      }
      compared.push({ name, uses, counts, reference });
    }
    // A link whose source, medium and campaign all differ from the rest is a deliberate
    // separate campaign (a cross-promotion with its own complete tag set), not a slip.
    const separate = new Set<Link>();
    // Only when every parameter has two values or more can a link differ in all three: most emails have one
    // value each, and no link's values are collected for them (that was a map per link).
    if (compared.every((c) => c.counts.size >= 2)) {
      const valuesOf = new Map<Link, Map<string, string>>();
      for (const c of compared)
        for (const use of c.uses) {
          const m = valuesOf.get(use.link) ?? new Map<string, string>();
          m.set(c.name, use.value);
          valuesOf.set(use.link, m);
        }
      for (const [link, values] of valuesOf) {
        if (
          compared.every(
            (c) =>
              values.has(c.name) && (values.get(c.name) ?? '').toLowerCase() !== c.reference.toLowerCase(),
          )
        )
          separate.add(link);
      }
    }
    for (const { name, uses, counts, reference } of compared) {
      if (counts.size < 2) continue;
      const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([value, links]) => ({ value, links }));
      for (const use of uses) {
        if (use.value === reference || separate.has(use.link)) continue;
        const sameButCase = use.value.toLowerCase() === reference.toLowerCase();
        const offset = rawOffsetOf(use.link, new RegExp(`(?<=[?&;])${name}=`, 'i'));
        ctx.report({
          link: use.link,
          ...(offset !== undefined ? { offset } : {}),
          messageId: sameButCase ? 'inconsistent-utm/letter-case' : 'inconsistent-utm',
          data: {
            parameter: name,
            value: use.value,
            reference,
            counts: Object.fromEntries(counts),
            ranked,
          },
        });
      }
    }
  },
});
