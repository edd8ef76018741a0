import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { AppPage } from './app-page';
import { SENT, TEMPLATE } from './compare-emails';

/**
 * Screenshots of the compare mode for docs/app.md: a template and the email
 * sent from it, the pairs beside both previews, at 1440×900 and 390×844,
 * light and dark. Run with `npm run screenshots`.
 */
const DIR = 'docs/screenshots';
const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

test.describe.configure({ mode: 'serial' });
test.beforeAll(() => mkdirSync(DIR, { recursive: true }));

for (const size of SIZES) {
  for (const theme of ['light', 'dark'] as const) {
    test(`compare ${size.name} ${theme}`, async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.emulateMedia({ colorScheme: theme });
      const app = new AppPage(page);
      await app.open();
      await app.paste(TEMPLATE);
      await app.waitForLinks(3);
      await app.openTab('Compare with the sent email');
      const panel = page.getByTestId('compare-panel');
      await panel.getByLabel('Choose the sent email (.eml)').setInputFiles({
        name: 'winter-sale.eml',
        mimeType: 'message/rfc822',
        buffer: Buffer.from(SENT),
      });
      await expect(panel.getByRole('list', { name: 'Link pairs' }).getByRole('button')).toHaveCount(4, {
        timeout: 15_000,
      });
      await panel.scrollIntoViewIfNeeded();
      await page.evaluate(() => document.querySelector('[data-testid="compare-panel"]')?.scrollIntoView());
      await page.waitForTimeout(400);
      const path = `${DIR}/compare-${size.name}-${theme}.png`;
      await page.screenshot({ path });
      try {
        execFileSync('convert', [path, '-strip', '-colors', '192', `PNG8:${path}`]);
      } catch {
        // ImageMagick is not installed: the full-colour screenshot stays.
      }
    });
  }
}
