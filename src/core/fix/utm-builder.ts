import { maskMergeTags } from '../url/merge-tags';
import { systemLinkKind } from '../esp/system-links';
import { hostMatches, hostOf } from '../esp/tracking-context';
import type { Link, Report } from '../types';
import { hrefFix, type Fix } from '../edit/fix';

export interface UtmSettings {
  source: string;
  medium: string;
  campaign: string;
  /**
   * utm_content per link: `text` (from the link text or image alt), `position`
   * (`link-1`, `link-2`, … in document order), a fixed value, or none.
   */
  content?: { from: 'text' } | { from: 'position' } | { from: 'value'; value: string } | null;
  /** Only links to these domains (and their subdomains); all the sender's web links when empty. */
  domains: readonly string[];
}

/** The values each utm_* parameter has across the email now, with how many links use each. */
export type UtmInventory = Record<string, Array<{ value: string; links: number }>>;

export interface UtmPlan {
  fixes: Fix[];
  /** What the email says now, shown before anything is replaced. */
  existing: UtmInventory;
  /** Links left alone, and why. */
  skipped: Array<{
    link: string;
    reason: 'merge-tag' | 'system-link' | 'tracked' | 'other-domain' | 'not-web';
  }>;
}

const UTM_KEYS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_content'] as const;

/**
 * Plans utm_* parameters for the email's web links to the chosen domains, as
 * edits of each href value. Merge tags are kept as written; platform system
 * links (unsubscribe, preferences, web version) and links already wrapped by
 * a click tracker are left alone.
 */
export function planUtm(report: Report, settings: UtmSettings): UtmPlan {
  const existing: UtmInventory = {};
  const fixes: Fix[] = [];
  const skipped: UtmPlan['skipped'] = [];
  let position = 0;
  for (const link of report.links) {
    if (link.href !== null && link.url !== null) {
      for (const [k, v] of readParams(link.url)) {
        if (!k.startsWith('utm_')) continue;
        const list = (existing[k] ??= []);
        const entry = list.find((e) => e.value === v);
        if (entry) entry.links++;
        else list.push({ value: v, links: 1 });
      }
    }
    const reason = skipReason(link, report, settings);
    if (reason) {
      skipped.push({ link: link.id, reason });
      continue;
    }
    position++;
    const content = contentFor(link, position, settings.content ?? null);
    const values: Record<string, string> = {
      utm_source: settings.source,
      utm_medium: settings.medium,
      utm_campaign: settings.campaign,
      ...(content !== null ? { utm_content: content } : {}),
    };
    const next = setParams(link.href ?? '', link, values);
    const fix = hrefFix(link, next, {
      rule: 'utm-builder',
      safe: true,
      describe: () => `Set ${Object.keys(values).join(', ')}`,
    });
    if (fix) fixes.push(fix);
  }
  return { fixes, existing, skipped };
}

function skipReason(
  link: Link,
  report: Report,
  settings: UtmSettings,
): UtmPlan['skipped'][number]['reason'] | null {
  if (link.kind === 'merge-tag') return 'merge-tag';
  if (link.kind !== 'web' || link.url === null || link.href === null) return 'not-web';
  if (link.tracked === true) return 'tracked';
  const context = { listUnsubscribe: report.sender?.listUnsubscribe ?? [] };
  if (systemLinkKind(link.href, context) !== null) return 'system-link';
  const host = hostOf(link.url);
  if (host === null) return 'not-web';
  if (settings.domains.length > 0 && !settings.domains.some((d) => hostMatches(host, d)))
    return 'other-domain';
  return null;
}

function contentFor(link: Link, position: number, content: UtmSettings['content'] | null): string | null {
  if (content === null || content === undefined) return null;
  if (content.from === 'value') return content.value;
  if (content.from === 'position') return `link-${position}`;
  const text = (link.text || link.imageAlt || link.ariaLabel || `link-${position}`).toLowerCase();
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || `link-${position}`
  );
}

function readParams(url: string): Array<[string, string]> {
  try {
    return [...new URL(url).searchParams.entries()];
  } catch {
    return [];
  }
}

/**
 * Sets query parameters textually, so everything else in the href (merge
 * tags, encoding, parameter order) stays as written. An existing parameter
 * is replaced in place; new ones are appended before the fragment.
 */
function setParams(
  href: string,
  link: Pick<Link, 'mergeTags'>,
  values: Record<string, string>,
): string | null {
  const { masked, unmask } = maskMergeTags(href, link.mergeTags);
  const hash = masked.indexOf('#');
  const beforeHash = hash < 0 ? masked : masked.slice(0, hash);
  const fragment = hash < 0 ? '' : masked.slice(hash);
  const q = beforeHash.indexOf('?');
  const base = q < 0 ? beforeHash : beforeHash.slice(0, q);
  const query = q < 0 ? '' : beforeHash.slice(q + 1);
  const parts = query === '' ? [] : query.split('&');
  const remaining = new Map(Object.entries(values));
  const out = parts.map((part) => {
    const eq = part.indexOf('=');
    const key = decodeSafe(eq < 0 ? part : part.slice(0, eq));
    const value = remaining.get(key);
    if (value === undefined) return part;
    remaining.delete(key);
    return `${part.slice(0, eq < 0 ? part.length : eq)}=${encodeURIComponent(value)}`;
  });
  for (const key of UTM_KEYS) {
    const value = remaining.get(key);
    if (value !== undefined) out.push(`${key}=${encodeURIComponent(value)}`);
  }
  return unmask(`${base}?${out.filter((p) => p !== '').join('&')}${fragment}`);
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}
