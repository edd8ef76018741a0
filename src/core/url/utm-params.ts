import { parsedUrl, type QueryParam } from './parsed-url';

/**
 * Google Analytics campaign parameters (support.google.com/analytics/answer/10917952):
 * the ones the rules compare between links.
 */
export const UTM_COMPARED = ['utm_source', 'utm_medium', 'utm_campaign'] as const;

/** Whether a query parameter name is a campaign (`utm_*`) parameter; names are matched case-insensitively. */
export function isUtmName(name: string): boolean {
  return /^utm_[a-z0-9_]+$/i.test(name);
}

/** The `utm_*` parameters in the query of an absolute URL (not those after `#`), in order. */
export function utmParams(url: string): QueryParam[] {
  const out: QueryParam[] = [];
  for (const p of parsedUrl(url).params) if (isUtmName(p.name)) out.push({ name: p.name, value: p.value });
  return out;
}
