import { memoByUrl, parsedUrl, type QueryParam } from './parsed-url';

/**
 * Google Analytics campaign parameters (support.google.com/analytics/answer/10917952):
 * the ones the rules compare between links.
 */
export const UTM_COMPARED = ['utm_source', 'utm_medium', 'utm_campaign'] as const;

/** Whether a query parameter name is a campaign (`utm_*`) parameter; names are matched case-insensitively. */
export function isUtmName(name: string): boolean {
  return UTM_NAME.test(name);
}

/** A constant, not a literal in isUtmName: a literal makes a RegExp object each time it runs. */
const UTM_NAME = /^utm_[a-z0-9_]+$/i;

/**
 * The `utm_*` parameters in the query of an absolute URL (not those after
 * `#`), in order. Shared, once per distinct URL: read them, never change them.
 */
export function utmParams(url: string): readonly QueryParam[] {
  return utmParamsOfText(url);
}

const utmParamsOfText = memoByUrl((url: string): readonly QueryParam[] =>
  Object.freeze(parsedUrl(url).params.filter((p) => isUtmName(p.name))),
);
