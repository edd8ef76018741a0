import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { AppPage } from './app-page';

test.describe('views', () => {
  test('5,000 links: the table is virtualised, reports the total and scrolls to the last link', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.open();
    const rows = Array.from(
      { length: 5000 },
      (_, i) =>
        `<tr><td><a href="https://shop.example.com/p/${i}?utm_source=news">Product ${i}</a></td></tr>`,
    ).join('\n');
    await app.paste(`<!DOCTYPE html><html><body><table>${rows}</table></body></html>`);
    await app.waitForLinks(5000);
    // Only a window of rows is in the DOM.
    expect(await app.links.getByRole('row').count()).toBeLessThan(80);
    const scroller = app.links.getByRole('rowgroup').nth(1);
    await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect(app.links.getByRole('row').filter({ hasText: 'Product 4999' })).toBeVisible();
    await expect(app.preview.locator('[data-link-id]')).toHaveCount(5000);
  });

  test('hovering a link in the preview shows its href and findings; a rule doc opens in the app', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.open();
    await app.paste(await readFile('e2e/fixtures/planted-defects.html', 'utf8'));
    await app.waitForLinks(6);
    await app.preview.locator('#relative').hover();
    const card = page.getByRole('tooltip');
    await expect(card).toContainText('/pricing');
    await expect(card).toContainText('relative-url');
    await page.getByRole('button', { name: 'Show documentation of relative-url' }).click();
    await expect(app.findings).toContainText(/relative-url/);
    await expect(app.findings.locator('.whitespace-pre-wrap')).toContainText(/.{40,}/);
  });

  test('settings change the analysis: a tracking domain makes the email "sent"', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.paste(await readFile('e2e/fixtures/planted-defects.html', 'utf8'));
    await app.waitForLinks(6);
    await expect(page.getByRole('region', { name: 'Summary' })).toContainText('Mode: template');
    await page.getByText('Settings').click();
    await page.getByLabel('Tracking domain(s)').fill('click.shop.example.com');
    await page.getByLabel('Tracking domain(s)').blur();
    await expect(page.getByRole('region', { name: 'Summary' })).toContainText('Mode: sent');
    await expect(page.getByRole('region', { name: 'Summary' })).toContainText('click.shop.example.com');
    await page.getByLabel('Severity of relative-url').selectOption('off');
    await expect(app.findings).not.toContainText('relative-url');
    await page.reload();
    await expect(page.getByRole('region', { name: 'Summary' })).toContainText('Mode: sent');
  });
});
