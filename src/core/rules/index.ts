import type { Rule } from './define-rule';
import { urlRules } from './registry-url';
import { contextRules } from './registry-context';
import { consistencyRules } from './registry-consistency';
import { linkCheckRules } from './registry-link-check';
import { domainRules } from './registry-domain';

/**
 * Every rule, offline and online. Each group file lists the rules of one
 * area; the catalogue test checks this list against rules.md and each rule's
 * folder (implementation, test, doc).
 */
export const rules: readonly Rule[] = [
  ...urlRules,
  ...contextRules,
  ...consistencyRules,
  ...linkCheckRules,
  ...domainRules,
];

export const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.id, r]));
