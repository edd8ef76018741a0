import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportOf } from './rule-kit.test-helpers';

/** Pieces of hrefs that exercise the URL comparison: cases, ports, orders, entities, tags, fragments. */
const HREF_PARTS = [
  'https://',
  'HTTP://',
  'shop.example.com',
  'Shop.Example.com',
  ':443',
  ':80',
  '/',
  '/a',
  '%2f',
  '%2F',
  '?',
  '&amp;',
  '&',
  '#',
  'utm_source=a',
  'utm_source=A',
  'utm_campaign=x',
  'b=2',
  '{{email}}',
  '*|UNSUB|*',
  '%%view_email_url%%',
  '#{x}',
  '[[PERMALINK]]',
  ' ',
  '"',
  '“',
  '\n',
  'mailto:',
  'javascript:',
  '',
];

const href = fc
  .array(fc.constantFrom(...HREF_PARTS), { maxLength: 8 })
  .map((p) => p.join('').replace(/"/g, '&quot;'));
const text = fc.constantFrom(
  '',
  'Click here',
  'Shop',
  '<img src="a.png">',
  '<img src="a.png" alt="A">',
  '&nbsp;',
);
const link = fc.tuple(href, text, fc.constantFrom('a', 'vml', 'mso', 'nomso')).map(([h, t, wrap]) => {
  if (wrap === 'vml')
    return `<!--[if mso]><v:roundrect href="${h}"><center>${t}</center></v:roundrect><![endif]-->`;
  if (wrap === 'mso') return `<!--[if mso]><a href="${h}">${t}</a><![endif]-->`;
  if (wrap === 'nomso') return `<!--[if !mso]><!--><a href="${h}">${t}</a><!--<![endif]-->`;
  return `<a href="${h}">${t}</a>`;
});

/** The rules that compare links with each other and judge link text. */
const CONSISTENCY_RULES = [
  'duplicate-link',
  'inconsistent-duplicate',
  'vml-link-mismatch',
  'missing-utm',
  'inconsistent-utm',
  'utm-after-fragment',
  'empty-link-text',
  'ambiguous-link-text',
];

describe('consistency rules', () => {
  it('never fail on arbitrary link soup (no internal-error findings)', () => {
    fc.assert(
      fc.property(fc.array(link, { maxLength: 12 }), (links) => {
        const report = reportOf(`<table><tr><td>${links.join('\n')}</td></tr></table>`);
        const failed = report.findings.filter(
          (f) =>
            f.rule === 'internal-error' &&
            CONSISTENCY_RULES.some((id) => f.message.startsWith(`Rule ${id} `)),
        );
        expect(failed).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
