import type { Rule } from './define-rule';

export const linkCheckRules: readonly Rule[] = [];
