import type { Rule } from './define-rule';

export const urlRules: readonly Rule[] = [];
