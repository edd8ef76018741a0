/**
 * One href per merge-tag dialect of docs/contracts/rules.md, as platforms document them,
 * for tests: an href made of or containing a
 * merge tag is never relative, malformed or missing a scheme because of the tag.
 */
export const MERGE_TAG_HREFS: readonly string[] = [
  '{{url}}',
  '*|ARCHIVE|*',
  '*|UNSUB|*',
  '%%view_email_url%%',
  'https://x.com/?e={{email}}',
  '[[UNSUB_LINK_EN]]',
  '<%asm_group_unsubscribe_raw_url%>',
  '${link}',
  '{$unsubscribe}',
  '%unsubscribe_url%',
  '{{ unsubscribe_link }}',
  '%%=RedirectTo(@url)=%%',
  '{{{unsubscribe}}}',
  '{% unsubscribe_url %}',
  '#{link}',
  '[unsubscribe]',
  'https://{{host}}/path',
  'https://shop.com/{{path}}?a={{b}}',
  '{{base_url}}/sale',
  '*|UNSUB:https://shop.com/bye|*',
];

/** The same hrefs written into an attribute (quotes and `<` escaped as HTML needs). */
export function hrefAttribute(href: string): string {
  return `href="${href.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`;
}
