import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { AppPage, seriousViolations } from './app-page';

test.describe('quality', () => {
  test('axe finds no serious or critical violation, light and dark, empty and with a report', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.open();
    expect(await seriousViolations(page)).toEqual([]);
    await app.paste(await readFile('e2e/fixtures/planted-defects.html', 'utf8'));
    await app.waitForLinks(6);
    await app.openTab('Source');
    await expect(page.getByTestId('source-view')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByLabel('Theme').selectOption('dark');
    await expect(page.locator('html')).toHaveClass(/dark/);
    expect(await seriousViolations(page)).toEqual([]);
    await app.screenshot('report-dark');
  });

  test('the "system" theme follows the operating system', async ({ page }) => {
    const app = new AppPage(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await app.open();
    await expect(page.locator('html')).toHaveClass(/dark/);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).not.toHaveClass(/dark/);
  });

  test('works at 360 px: nothing wider than the screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    const app = new AppPage(page);
    await app.open();
    await page.getByRole('button', { name: 'Template with mistakes' }).click();
    await expect(app.links).toBeVisible();
    await expect(page.locator('[data-preview-ready="true"]')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByLabel('Mobile (375 px)').check();
    await app.screenshot('mobile-360');
  });

  test('keyboard: the input, the upload, the samples and the links are reachable and usable', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.open();
    // Tab order reaches the upload and then the samples.
    for (let i = 0; i < 8 && !(await app.upload.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(app.upload).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Template with mistakes' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(app.links).toBeVisible();
    // A link in the preview is focusable; Enter selects it without navigating and opens its popover,
    // which takes the focus and gives it back to the link on Escape.
    const first = app.preview.locator('[data-link-id]').first();
    await first.focus();
    await page.keyboard.press('Enter');
    await expect(first).toHaveClass(/eli-selected/);
    const id = await first.getAttribute('data-link-id');
    await expect(app.links.locator(`[data-row-id="${id}"]`)).toHaveAttribute('aria-selected', 'true');
    const popover = page.getByRole('dialog', { name: /^Link/ });
    await expect(popover).toBeVisible();
    await expect(popover).toContainText(/What to do|No issue/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
    await expect(first).toBeFocused();
    // Sorting by a column header works from the keyboard.
    await page.getByRole('button', { name: /^Line/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('columnheader', { name: /Line/ })).toHaveAttribute('aria-sort', 'descending');
  });

  test('remote images stay off until asked for, and the samples show the main states', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.sample('Outlook button');
    await expect(page.locator('[data-preview-ready="true"]')).toBeVisible();
    await expect(app.preview.locator('img[data-eli-src]').first()).toBeAttached();
    await expect(app.preview.locator('img[src^="http"]')).toHaveCount(0);
    await app.screenshot('outlook-sample');
    await app.sample('Sent email (.eml)');
    await expect(page.getByRole('region', { name: 'Verdict' })).toContainText('sent email');
    await expect(page.getByRole('region', { name: 'Sent email' })).toContainText(
      'Tracking works on 4 of 5 links',
    );
    await app.screenshot('sent-sample');
  });

  test('the served app has a CSP without inline script or eval', async ({ page }) => {
    const response = await page.goto('/');
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    await expect(page.getByRole('textbox', { name: 'Email HTML' })).toBeVisible();
  });
});
