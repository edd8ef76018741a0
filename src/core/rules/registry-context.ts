import type { Rule } from './define-rule';

export const contextRules: readonly Rule[] = [];
