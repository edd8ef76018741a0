import type { Finding, Link, Report, ReportLink } from '../types';
import { encodeAttributeValue } from './attribute-value';
import type { TextEdit } from './text-edit';

/**
 * A fix a rule offers for one finding: text edits at source offsets, so the
 * rest of the file stays byte for byte as it was. `safe` fixes keep the
 * link's meaning and are applied by "fix all"; the others change what the
 * link does (http→https, removing an opt-out) and are only offered.
 */
export interface Fix {
  rule: string;
  /** The link id, or null for a fix of the whole email. */
  link: string | null;
  /** What the fix does, in words (e.g. `Add "https://" in front of www.shop.com/x`). */
  description: string;
  safe: boolean;
  edits: TextEdit[];
  /** The href before and after, for display. */
  before?: string | null;
  after?: string | null;
}

/**
 * The fix that replaces a link's href value with `next` (a decoded value),
 * written in the source's style; null when there is nothing to replace.
 */
export function hrefFix(
  link: Pick<Link, 'id' | 'href' | 'raw'>,
  next: string | null,
  fix: { rule: string; safe: boolean; describe: (before: string, after: string) => string },
): Fix | null {
  if (next === null || link.raw === null || link.href === null || next === link.href) return null;
  return {
    rule: fix.rule,
    link: link.id,
    description: fix.describe(link.href, next),
    safe: fix.safe,
    edits: [
      {
        start: link.raw.valueRange.start,
        end: link.raw.valueRange.end,
        text: encodeAttributeValue(next, link.raw),
      },
    ],
    before: link.href,
    after: next,
  };
}

/** What a rule's fix sees: the finding, its link, the whole report and the HTML it was computed on. */
export interface FixInput {
  link: ReportLink;
  finding: Finding;
  report: Report;
  html: string;
}

/** A fix that replaces the finding's href value with `next` (a decoded value), written in the source's style. */
export function replaceHref(
  { link, finding }: FixInput,
  next: string | null,
  safe: boolean,
  describe: (before: string, after: string) => string,
): Fix | null {
  return hrefFix(link, next, { rule: finding.rule, safe, describe });
}

/** A value in a fix's description: quoted, cut at 80 characters. */
export const quoteShort = (s: string): string => JSON.stringify(s.length > 80 ? `${s.slice(0, 77)}…` : s);

/** Each report's links by id, made once: a search per finding made `fix` quadratic in the links. */
const linksById = new WeakMap<Report, Map<string, Link>>();

/** The link a finding's data names (`data.first`, `data.counterpart`). */
export function linkOf(report: Report, id: unknown): Link | undefined {
  if (typeof id !== 'string') return undefined;
  let byId = linksById.get(report);
  if (!byId) {
    byId = new Map(report.links.map((l) => [l.id, l]));
    linksById.set(report, byId);
  }
  return byId.get(id);
}
