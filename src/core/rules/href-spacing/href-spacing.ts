import { LEADING_SMART_QUOTE } from '../../extract/classify-href';
import { startsWithQpDebris } from '../../extract/qp-debris';
import { quoteHref } from '../../extract/quote-href';
import { defineRule } from '../define-rule';

/** How the attribute departs from `href="…"`. */
type HrefProblem = 'spaces-around-equals' | 'name-case' | 'unquoted';

function describe(problem: HrefProblem, name: string): string {
  switch (problem) {
    case 'spaces-around-equals':
      return 'white space around "="';
    case 'name-case':
      return `the name written "${name}"`;
    case 'unquoted':
      return 'no quotes around the value';
  }
}

/** A module constant: a regex literal in the per-link loop makes a RegExp object for every link. */
const WHITE_SPACE = /\s/;

/**
 * The href attribute written in a form regex-based link rewriters miss:
 * white space around `=`, a name not in lowercase, or an unquoted value.
 * Browsers read all of these; some platforms' trackers do not (sendgrid/docs#1841).
 */
export const rule = defineRule({
  id: 'href-spacing',
  defaultSeverity: 'warning',
  // A prediction about the platform's rewriting: in a sent email untracked-link reports what really happened.
  modes: ['template'],
  category: 'tracking',
  summary:
    'The href attribute has spaces around "=", is not lowercase, or is unquoted: link rewriters may miss it.',
  effect: 'clicks-not-counted',
  title: 'Link written in an unusual way',
  impact:
    'The link is written with extra spaces, capitals or without quotes, so the platform may not find it to count its clicks.',
  remedy: 'Let your editor rewrite the link in the usual form, or retype it as a normal link.',
  fixHint: 'Write the attribute as href="…" (lowercase, quoted, no spaces around =)',
  severityRationale:
    'Warning: browsers read it fine, but some platforms’ link rewriters miss it, so its clicks may not be counted.',
  messages: {
    'href-spacing': {
      text: (d) =>
        `The link's attribute is written ${quoteHref(String(d['written']))} ` +
        `(${(d['problems'] as HrefProblem[]).map((p) => describe(p, String(d['name']))).join(', ')}): browsers accept it, ` +
        `but email platforms that find links by looking for exactly href="…" skip it, so clicks on it ` +
        `are not tracked (SendGrid's tracker ignores href= "…", sendgrid/docs#1841). ` +
        `Write href="${String(d['value'])}".`,
    },
  },
  check(ctx) {
    for (const link of ctx.links) {
      const raw = link.raw;
      if (raw === null) continue;
      const eq = raw.source.indexOf('=', raw.name.length);
      if (eq < 0) continue; // `<a href>` without a value is empty-href's.
      const problems: HrefProblem[] = [];
      const between = raw.source.slice(raw.name.length, raw.valueRange.start - raw.range.start);
      if (WHITE_SPACE.test(between)) problems.push('spaces-around-equals');
      if (raw.name !== raw.name.toLowerCase()) problems.push('name-case');
      // An unquoted value, unless its cause is another rule's: curly quotes are smart-quotes-in-url's,
      // `href=3D"…"` is qp-artifact's (tested only for unquoted values).
      if (
        raw.quote === '' &&
        raw.rawValue !== '' &&
        !LEADING_SMART_QUOTE.test(raw.rawValue) &&
        !startsWithQpDebris(raw.rawValue)
      )
        problems.push('unquoted');
      if (problems.length === 0) continue;
      const value = raw.rawValue.length > 40 ? `${raw.rawValue.slice(0, 39)}…` : raw.rawValue;
      const written = `${raw.source.slice(0, raw.valueRange.start - raw.range.start)}${value}${raw.quote}`;
      ctx.report({
        link,
        offset: raw.range.start,
        messageId: 'href-spacing',
        data: { written, name: raw.name, value, problems },
      });
    }
  },
});
