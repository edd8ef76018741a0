import { outsideMergeTags } from '../../extract/outside-merge-tags';
import { excerpt, quoteHref } from '../../extract/quote-href';
import { defineRule } from '../define-rule';
import { replaceHref, quoteShort } from '../../edit/fix';
import { repairDoubleEncoding } from '../../edit/href-rewrites';

/** Entity text left in an href after HTML decoding: `&amp;` (from `&amp;amp;`), `&#038;`, `#038;`. */
const LEFTOVER = /&amp;|&#0*38;|&#x0*26;|#0*38;/i;

/**
 * An `&` encoded twice (postalserver/postal#1040, knadh/listmonk#844,
 * mautic/mautic#1702): after the HTML is decoded the href still holds
 * `&amp;`, `&#038;` or a WordPress-style `#038;`, so the query string is wrong.
 */
export const rule = defineRule({
  id: 'double-encoded-entity',
  defaultSeverity: 'error',
  category: 'encoding',
  summary: 'The href holds &amp;amp;, a literal &amp; after decoding, or #038;: the query string is wrong.',
  effect: 'broken-or-risky',
  title: 'Doubled "&amp;" in the link',
  impact:
    'The address contains "&amp;amp;" or "#038;", so the page receives the wrong parameters and campaign tags get lost.',
  remedy: 'Replace the doubled code with a single "&".',
  fixHint: 'Replace &amp;amp; (or #038;) with a single &amp;',
  severityRationale:
    'Error: the parameters the page receives are wrong, so tags and personalised links break.',
  messages: {
    'double-encoded-entity': {
      text: (d) => {
        const href = String(d['href']);
        const entity = String(d['entity']);
        const start = Number(d['start']);
        const parameter = typeof d['parameter'] === 'string' ? d['parameter'] : null;
        return (
          `The link ${quoteHref(excerpt(href, start, start + entity.length, 30))} still holds ` +
          `${quoteHref(entity)} after HTML decoding${d['sourceDoubled'] === true ? ' (the source says "&amp;amp;")' : ''}: ` +
          'the "&" was encoded twice, so ' +
          (parameter !== null
            ? `the parameter "${parameter}" arrives as "${entity.slice(1)}${parameter}" and its value is lost. `
            : 'the query string is wrong. ') +
          'Write "&amp;" once in the HTML (or a plain "&").'
        );
      },
    },
  },
  fix: (i) =>
    replaceHref(
      i,
      i.link.href === null ? null : repairDoubleEncoding(i.link.href),
      true,
      (_b, a) => `Write the "&" once: ${quoteShort(a)}`,
    ),
  check(ctx) {
    for (const link of ctx.links) {
      if (link.href === null) continue;
      const value = outsideMergeTags(link.href, link.mergeTags);
      const m = LEFTOVER.exec(value);
      if (!m) continue;
      const after = link.href.slice(m.index + m[0].length, m.index + m[0].length + 20).split(/[&#]/)[0] ?? '';
      const param = after.includes('=') ? after.slice(0, after.indexOf('=')) : after;
      ctx.report({
        link,
        messageId: 'double-encoded-entity',
        data: {
          href: link.href,
          entity: m[0],
          start: m.index,
          sourceDoubled: link.raw !== null && /&amp;amp;/i.test(link.raw.rawValue),
          parameter: param !== '' ? param : null,
        },
      });
    }
  },
});
