import type { Rule } from './define-rule';

export const domainRules: readonly Rule[] = [];
