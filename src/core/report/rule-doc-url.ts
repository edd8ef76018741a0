/** Where each rule's doc page lives: `src/core/rules/<id>/<id>.md` in the project's repository. */
const RULE_DOCS_BASE =
  'https://github.com/email-link-inspector/email-link-inspector/blob/main/src/core/rules';

export function ruleDocUrl(ruleId: string): string {
  return `${RULE_DOCS_BASE}/${encodeURIComponent(ruleId)}/${encodeURIComponent(ruleId)}.md`;
}
