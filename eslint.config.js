// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'e2e/.output', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // The layering of ARCHITECTURE.md: core imports nothing of server, cli or app, and no node:*.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'core is pure: no node:* imports' },
            {
              group: ['**/server/**', '**/cli/**', '**/app/**'],
              message: 'core imports nothing of server, cli or app',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/**', '**/cli/**', 'node:*'], message: 'app calls the service over HTTP' },
          ],
        },
      ],
    },
  },
  {
    // A feature of the app talks to the others only through the shared components/ and lib/:
    // no import of a sibling feature (`../links/...`) and none of the page (`app.tsx`).
    files: ['src/app/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/**', '**/cli/**', 'node:*'], message: 'app calls the service over HTTP' },
            {
              regex: '^\\.\\./(?!\\.)',
              message:
                'features never import each other: move what they share to src/app/components or src/app/lib',
            },
            { regex: '(^|/)features/', message: 'features never import each other' },
            { regex: '(^|/)app$', message: 'a feature does not import the page' },
          ],
        },
      ],
    },
  },
);
