import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { AppPage } from './app-page';
import { shopMessage, startOnlineWorld, type OnlineWorld } from './online/online-service';

/**
 * Screenshots of the main states of the page for docs/app.md and the README:
 * empty, a template with issues, ready to send, a sent .eml with its card,
 * online results, each at 1440×900 and 390×844, light and dark.
 * Run with `npm run screenshots`.
 */
const DIR = 'docs/screenshots';
const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const THEMES = ['light', 'dark'] as const;

let world: OnlineWorld;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  mkdirSync(DIR, { recursive: true });
  world = await startOnlineWorld();
});
test.afterAll(async () => {
  await world?.close();
});

async function shot(page: Page, name: string): Promise<void> {
  const path = `${DIR}/${name}.png`;
  await page.waitForTimeout(300);
  await page.screenshot({ path });
  // Fewer colours, no metadata: the committed images stay small.
  try {
    execFileSync('convert', [path, '-strip', '+dither', '-colors', '160', `PNG8:${path}`]);
  } catch {
    // ImageMagick is not installed: the full-colour screenshot stays.
  }
}

async function sample(page: Page, label: string): Promise<void> {
  const direct = page.getByRole('button', { name: label, exact: true });
  if (!(await direct.isVisible())) await page.getByRole('button', { name: 'Samples' }).click();
  await page.getByRole('button', { name: label, exact: true }).click();
  await expect(page.locator('[data-preview-ready="true"]')).toBeVisible({ timeout: 15_000 });
}

for (const size of SIZES) {
  for (const theme of THEMES) {
    test(`${size.name} ${theme}`, async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(`${world.url}/`);
      const app = new AppPage(page);
      await expect(app.input).toBeVisible();
      const tag = `${size.name}-${theme}`;
      await shot(page, `empty-${tag}`);

      await sample(page, 'Template with mistakes');
      await shot(page, `template-${tag}`);

      await sample(page, 'Ready to send');
      await expect(page.getByRole('region', { name: 'Verdict' })).toContainText('Ready to send');
      await shot(page, `ready-${tag}`);

      await app.upload.setInputFiles({
        name: 'winter-sale.eml',
        mimeType: 'message/rfc822',
        buffer: Buffer.from(shopMessage(world)),
      });
      await expect(page.getByRole('region', { name: 'Sent email' })).toBeVisible({ timeout: 15_000 });
      await expect(page.locator('[data-preview-ready="true"]')).toBeVisible();
      await shot(page, `sent-${tag}`);

      await page.getByRole('tab', { name: 'Where links go' }).click();
      const online = page.getByRole('region', { name: 'Online checks' });
      await online.getByRole('button', { name: /Check links online/ }).click();
      await expect(online.getByRole('status')).toContainText(/(\d+) of \1 checked/, { timeout: 30_000 });
      await online.scrollIntoViewIfNeeded();
      await shot(page, `online-${tag}`);
    });
  }
}
