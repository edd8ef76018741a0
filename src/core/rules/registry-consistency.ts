import type { Rule } from './define-rule';

export const consistencyRules: readonly Rule[] = [];
