import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** `npm run screenshots`: the main states of the page, both sizes and themes, into docs/screenshots/. */
export default defineConfig({
  ...base,
  testMatch: /.*\.shots\.ts/,
  workers: 1,
  timeout: 180_000,
});
