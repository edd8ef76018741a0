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

  test('a click on a link in the preview opens its popover; a rule doc opens in the app, rendered', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.open();
    await app.paste(await readFile('e2e/fixtures/planted-defects.html', 'utf8'));
    await app.waitForLinks(6);
    await app.preview.locator('#relative').click();
    const card = page.getByRole('dialog', { name: /^Link/ });
    await expect(card).toContainText('/pricing');
    // Its issue carries the number it has in the issues list.
    await expect(card.locator('[aria-label^="Issue"]')).toHaveCount(1);
    const n = await card.locator('[aria-label^="Issue"]').textContent();
    await expect(app.findings.locator(`[data-issue="${n}"]`)).toHaveAttribute(
      'data-issue-rule',
      'relative-url',
    );
    await card.getByRole('button', { name: /About this check \(relative-url\)/ }).click();
    const doc = page.getByRole('dialog', { name: /About this check/ });
    await expect(doc.locator('.eli-prose h2').first()).toBeVisible();
    await expect(doc.locator('.eli-prose')).toContainText(/[\s\S]{200,}/);
    // Rendered, not raw: no Markdown syntax left, and a link to another rule opens that rule here.
    const text = (await doc.locator('.eli-prose').innerText()) ?? '';
    expect(text).not.toMatch(/^#+ |```|\]\(|\*\*/m);
    const other = doc.locator('a[data-rule]').first();
    const target = await other.getAttribute('data-rule');
    await other.click();
    await expect(doc).toContainText(target ?? 'missing');
    expect(page.url()).not.toContain('.md');
  });

  test('settings change the analysis: a tracking domain makes the email "sent"', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.paste(await readFile('e2e/fixtures/planted-defects.html', 'utf8'));
    await app.waitForLinks(6);
    await expect(page.getByRole('region', { name: 'Verdict' })).toContainText('template before sending');
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Tracking domain(s)').fill('click.shop.example.com');
    await page.getByLabel('Tracking domain(s)').blur();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('region', { name: 'Verdict' })).toContainText('sent email');
    await expect(page.getByRole('region', { name: 'Verdict' })).toContainText('click.shop.example.com');
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Severity of relative-url').selectOption('off');
    await page.keyboard.press('Escape');
    await expect(app.findings).not.toContainText('relative-url');
    await page.reload();
    await expect(page.getByRole('region', { name: 'Verdict' })).toContainText('sent email');
  });
});
