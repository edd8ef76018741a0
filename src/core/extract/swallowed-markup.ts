/**
 * Whether an href holds markup that an unclosed attribute quote swallowed:
 * `https://a.com/>Sale</a> … <a href=` (the quote of the first link closes at
 * the next link's opening quote). Browsers then read one long, broken href.
 */
export function hasSwallowedMarkup(href: string): boolean {
  return /<\/?a[\s>]|<\/?(?:td|tr|p|div|span|img|table|br)\b/i.test(href);
}
