import type { Finding, Link, Report, ReportLink } from '../types';
import { optOutsOf } from '../esp/catalogue';
import { hrefFix, type Fix } from './fix';
import {
  addScheme,
  moveQueryBeforeFragment,
  percentEncode,
  repairDoubleEncoding,
  repairQuotedPrintable,
  stripSmartQuotes,
  trimWhitespace,
  upgradeToHttps,
} from './href-rewrites';

interface FixerInput {
  link: ReportLink;
  finding: Finding;
  report: Report;
  html: string;
}

type Fixer = (input: FixerInput) => Fix | null;

/** A fix that replaces the href value with `next` (a decoded value), written in the source's style. */
function replaceHref(
  { link, finding }: FixerInput,
  next: string | null,
  safe: boolean,
  describe: (before: string, after: string) => string,
): Fix | null {
  return hrefFix(link, next, { rule: finding.rule, safe, describe });
}

const q = (s: string): string => JSON.stringify(s.length > 80 ? `${s.slice(0, 77)}…` : s);

/** Each report's links by id, made once: a search per finding made `fix` quadratic in the links. */
const linksById = new WeakMap<Report, Map<string, Link>>();
function linkOf(report: Report, id: unknown): Link | undefined {
  if (typeof id !== 'string') return undefined;
  let byId = linksById.get(report);
  if (!byId) {
    byId = new Map(report.links.map((l) => [l.id, l]));
    linksById.set(report, byId);
  }
  return byId.get(id);
}

/**
 * The fix each rule offers, by rule ID. A rule without an entry offers none:
 * its right repair is a human decision (a relative link's host, a missing
 * href's destination).
 */
export const fixers: Readonly<Record<string, Fixer>> = {
  'whitespace-in-url': (i) =>
    replaceHref(
      i,
      i.link.href === null ? null : trimWhitespace(i.link.href),
      true,
      () => 'Remove the white space and line breaks from the link',
    ),
  'smart-quotes-in-url': (i) => {
    // Smart quotes typed as the attribute's own quotes: write real quotes around the value.
    const { link } = i;
    if (link.href === null || link.raw === null) return null;
    const next = stripSmartQuotes(link.href);
    return replaceHref(
      i,
      next,
      true,
      (_b, a) => `Replace the typographic quotes with straight ones: ${q(a)}`,
    );
  },
  'missing-scheme': (i) =>
    replaceHref(
      i,
      i.link.href === null ? null : addScheme(i.link.href),
      true,
      (_b, a) => `Add "https://": ${q(a)}`,
    ),
  'double-encoded-entity': (i) =>
    replaceHref(
      i,
      i.link.href === null ? null : repairDoubleEncoding(i.link.href),
      true,
      (_b, a) => `Write the "&" once: ${q(a)}`,
    ),
  'qp-artifact': (i) =>
    replaceHref(
      i,
      i.link.href === null ? null : repairQuotedPrintable(i.link.href),
      true,
      (_b, a) => `Decode the quoted-printable debris: ${q(a)}`,
    ),
  'utm-after-fragment': (i) =>
    replaceHref(
      i,
      i.link.href === null ? null : moveQueryBeforeFragment(i.link.href),
      true,
      (_b, a) => `Move the parameters before the "#": ${q(a)}`,
    ),
  'unencoded-characters': (i) =>
    replaceHref(
      i,
      i.link.href === null ? null : percentEncode(i.link.href),
      true,
      (_b, a) => `Percent-encode the raw characters: ${q(a)}`,
    ),
  'inconsistent-duplicate': (i) => {
    const first = linkOf(i.report, i.finding.data?.['first']);
    if (!first || first.href === null) return null;
    return replaceHref(
      i,
      first.href,
      true,
      () => `Write it as the first link (line ${first.line}) does: ${q(first.href ?? '')}`,
    );
  },
  'vml-link-mismatch': (i) => {
    const counterpart = linkOf(i.report, i.finding.data?.['counterpart']);
    if (!counterpart || counterpart.href === null || !i.link.outlookOnly) return null;
    return replaceHref(
      i,
      counterpart.href,
      true,
      () =>
        `Point the Outlook button at the same place as the HTML button (line ${counterpart.line}): ${q(counterpart.href ?? '')}`,
    );
  },
  // Meaning-changing fixes: offered, never applied by "fix all".
  'insecure-http': (i) =>
    replaceHref(
      i,
      i.link.href === null ? null : upgradeToHttps(i.link.href),
      false,
      () => 'Use https: (check first that the site answers over https)',
    ),
  'tracking-disabled': ({ link, finding, html }) => {
    const edits = optOutAttributeEdits(html, link);
    if (edits.length === 0) return null;
    return {
      rule: finding.rule,
      link: link.id,
      description: 'Remove the attribute that turns click tracking off for this link',
      safe: false,
      edits,
    };
  },
  'link-shortener': (i) => {
    const final = i.link.check?.finalUrl ?? null;
    if (final === null || i.link.check?.error) return null;
    return replaceHref(
      i,
      final,
      false,
      (_b, a) => `Link straight to the destination the shortener sends to: ${q(a)}`,
    );
  },
};

/** Edits that remove, from the link's start tag, each attribute the platform catalogue knows as a click-tracking opt-out. */
function optOutAttributeEdits(html: string, link: Link): Array<{ start: number; end: number; text: string }> {
  const names = new Set(optOutsOf(link.attributes).map((m) => m.attribute));
  // A class such as `mktNoTrack` is one token among others; removing the class attribute would change styling.
  names.delete('class');
  const tag = html.slice(link.startTag.start, link.startTag.end);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (const m of tag.matchAll(/\s+([^\s=/>"']+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g)) {
    if (!names.has((m[1] ?? '').toLowerCase())) continue;
    edits.push({
      start: link.startTag.start + m.index,
      end: link.startTag.start + m.index + m[0].length,
      text: '',
    });
  }
  return edits;
}
