import { expect, test } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { AppPage, OUTPUT } from './app-page';

/**
 * The Privacy tools section: what readers' privacy tools do to THIS email,
 * from the analysis worker's privacy data (Ghostery's tracker database,
 * Proton's tidy-url, Apple's observed list). The email is made up in the
 * shapes Mailchimp and HubSpot use.
 */
const EMAIL = `<html><body>
<p><a href="https://shop.us5.list-manage.com/track/click?u=a1b2c3d4e5f6&amp;id=0f9e8d7c6b&amp;e=5a4b3c2d1e">Shop the winter sale</a></p>
<p><a href="https://shop.us5.list-manage.com/track/click?u=a1b2c3d4e5f6&amp;id=9a8b7c6d5e&amp;e=5a4b3c2d1e">Boots</a></p>
<p><a href="https://www.shop.example/guide?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=winter&amp;_hsenc=p2ANqtz-9xYz&amp;_hsmi=287654321">Read the guide</a></p>
<img src="https://shop.us5.list-manage.com/track/open.php?u=a1b2c3d4e5f6&amp;id=0f9e8d7c6b&amp;e=5a4b3c2d1e" width="1" height="1" alt="">
</body></html>`;

test('the Privacy tools section says what each privacy tool does to this email', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.paste(EMAIL);
  await app.waitForLinks(3);
  await page.getByRole('tab', { name: 'Privacy tools' }).click();
  const section = page.getByRole('region', { name: 'Privacy tools' });
  await expect(section).toBeVisible();

  const blockers = section.getByRole('listitem').filter({ hasText: 'Ad and tracker blockers' });
  await expect(blockers).toContainText('2 links go through MailChimp Tracking');
  await expect(blockers).toContainText(
    'Not counted: the open pixel is on Ghostery’s tracker list as MailChimp Tracking',
  );
  const proton = section.getByRole('listitem').filter({ hasText: 'Proton Mail' });
  await expect(proton).toContainText(
    'Removed before the page loads: utm_source, utm_medium, utm_campaign, _hsenc',
  );
  const apple = section.getByRole('listitem').filter({ hasText: 'Apple Mail' });
  await expect(apple).toContainText('Removed before the page loads: _hsenc');
  await expect(apple).toContainText('UTM parameters get through');

  // The versions of the data it judged with, in the section and in the JSON report.
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
  await section.getByText('About this data').click();
  await expect(section).toContainText(
    `Ghostery’s tracker database ${pkg.dependencies['@ghostery/trackerdb']}`,
  );
  const report = await app.report();
  expect(report.dataVersions?.trackerdb).toBe(pkg.dependencies['@ghostery/trackerdb']);
  expect(report.findings.filter((f) => f.rule === 'tracker-blocked').map((f) => f.severity)).toEqual([
    'warning',
    'info',
  ]);
});

test('screenshots of the Privacy tools section: desktop and phone, light and dark', async ({ page }) => {
  await mkdir(OUTPUT, { recursive: true });
  const app = new AppPage(page);
  for (const [name, size] of [
    ['desktop', { width: 1440, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      await app.open();
      await app.paste(EMAIL);
      await app.waitForLinks(3);
      await page.getByRole('tab', { name: 'Privacy tools' }).click();
      const section = page.getByRole('region', { name: 'Privacy tools' });
      await expect(section).toContainText('MailChimp Tracking');
      await section.scrollIntoViewIfNeeded();
      // The picture must show the section as a reader sees it: a real, non-empty box.
      const box = await section.boundingBox();
      expect(box?.width).toBeGreaterThan(size.width / 2 - 40);
      await section.screenshot({ path: `${OUTPUT}/privacy-tools-${name}-${scheme}.png` });
    }
  }
});
