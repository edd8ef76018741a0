import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { AppPage, seriousViolations } from './app-page';

const fixable = (): Promise<string> => readFile('e2e/fixtures/fixable.html', 'utf8');

/** Pastes the fixture and waits for its report and its fixes. */
async function openFixable(page: Page): Promise<{ app: AppPage; original: string }> {
  const app = new AppPage(page);
  await app.open();
  const original = await fixable();
  await app.paste(original);
  await app.waitForLinks(10);
  await expect(page.getByRole('button', { name: /^Fix all safe/ })).toBeEnabled();
  return { app, original };
}

/** The rule of each issue listed in Findings. */
const rulesListed = async (app: AppPage): Promise<string[]> =>
  app.findings
    .locator('[data-issue-rule]')
    .evaluateAll((all) => all.map((el) => el.getAttribute('data-issue-rule') ?? ''));

/** The issue of a rule on a link, in the issues list. */
const issue = (app: AppPage, rule: string, link: string) =>
  app.findings.locator(`[data-issue-rule="${rule}"][data-issue-link="${link}"]`);

test.describe('fixing', () => {
  test('one finding fixed: the finding is gone and only that href changed', async ({ page }) => {
    const { app, original } = await openFixable(page);
    expect(await rulesListed(app)).toContain('missing-scheme');
    await issue(app, 'missing-scheme', 'L3').getByRole('button', { name: /^Fix/ }).click();

    const expected = original.replace(
      'href="www.shop.example.com/new"',
      'href="https://www.shop.example.com/new"',
    );
    expect(expected).not.toBe(original);
    await expect(app.input).toHaveValue(expected);
    await expect.poll(() => rulesListed(app)).not.toContain('missing-scheme');
    // The other findings are still there.
    expect(await rulesListed(app)).toEqual(expect.arrayContaining(['whitespace-in-url', 'insecure-http']));
    await app.openTab('Changes');
    const changes = page.getByRole('region', { name: 'Changes' });
    await expect(changes).toContainText('www.shop.example.com/new');
    await expect(changes.locator('[data-diff="added"]')).toHaveText(
      /href="https:\/\/www\.shop\.example\.com\/new"/,
    );
  });

  test('fix all safe: fixable findings gone, diff shown, download has the fixes, undo restores the text exactly', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { app, original } = await openFixable(page);
    await page.getByRole('button', { name: /^Fix all safe/ }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Applied 3 safe fixes' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Applied 3 safe fixes' })).toContainText(
      'Not applied: 1 fix that change',
    );

    await expect
      .poll(() => rulesListed(app))
      .toEqual(expect.not.arrayContaining(['missing-scheme', 'whitespace-in-url', 'utm-after-fragment']));
    // The meaning-changing fix (http → https) is offered, never applied by "Fix all safe".
    expect(await rulesListed(app)).toContain('insecure-http');
    const fixed = await app.input.inputValue();
    expect(fixed).toContain('href="http://shop.example.com/old"');
    expect(fixed).toContain('href="https://www.shop.example.com/new"');
    expect(fixed).toContain('href="https://shop.example.com/gloves"');
    expect(fixed).toContain('href="https://shop.example.com/hats?utm_campaign=spring#top"');

    // The diff: three changed lines, before and after side by side.
    await page.getByRole('button', { name: 'Show the changes' }).click();
    const changes = page.getByRole('region', { name: 'Changes' });
    await expect(changes.locator('[data-diff="removed"]')).toHaveCount(3);
    await expect(changes.locator('[data-diff="added"]')).toHaveCount(3);
    await expect(changes.locator('[data-diff="removed"]').first()).toContainText('www.shop.example.com/new');
    await app.screenshot('fix-all');
    expect(await seriousViolations(page)).toEqual([]);
    // The changes fit a 360 px screen.
    await page.setViewportSize({ width: 360, height: 800 });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
      .toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 720 });

    const { download, text } = await app.download('Download fixed email');
    expect(download.suggestedFilename()).toBe('input.fixed.html');
    expect(text).toBe(fixed);
    await page.getByRole('button', { name: 'Copy fixed HTML' }).click();
    await expect(page.getByText('Fixed HTML copied')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(fixed);

    // The fixed text and its undo history survive a reload.
    await page.waitForTimeout(700);
    await page.reload();
    await expect(app.input).toHaveValue(fixed);
    await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(app.input).toHaveValue(original);
    await expect.poll(() => rulesListed(app)).toContain('missing-scheme');
    // Redo gives the fixed text back.
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(app.input).toHaveValue(fixed);
  });

  test('a meaning-changing fix asks first and says what it changes', async ({ page }) => {
    const { app, original } = await openFixable(page);
    await issue(app, 'insecure-http', 'L6').getByRole('button', { name: /^Fix/ }).click();
    const warning = app.findings.getByRole('alert');
    await expect(warning).toContainText('This changes what the link does');
    expect(await seriousViolations(page)).toEqual([]);
    await expect(app.input).toHaveValue(original);
    await warning.getByRole('button', { name: 'Apply this change' }).click();
    await expect(app.input).toHaveValue(
      original.replace('href="http://shop.example.com/old"', 'href="https://shop.example.com/old"'),
    );
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(app.input).toHaveValue(original);
  });

  test('UTM builder shows the existing values, then tags the links of the main domain only', async ({
    page,
  }) => {
    const { app, original } = await openFixable(page);
    await app.openTab('UTM builder');
    const utm = page.getByRole('region', { name: 'UTM builder' });
    await utm.getByLabel('Campaign').fill('spring-sale');
    await utm.getByRole('button', { name: 'Preview UTM changes' }).click();
    const plan = utm.getByTestId('utm-plan');
    await expect(plan).toContainText('6 links to example.com will change');
    await expect(plan).toContainText('1 (other domains)');
    await expect(plan).toContainText('utm_source (inconsistent)');
    await expect(plan).toContainText('"News" ×1, "news" ×1');
    await plan.getByText('Links that change (6)').click();
    await expect(plan).toContainText(
      'L1: https://shop.example.com/sale?utm_source=News&utm_medium=email → https://shop.example.com/sale?utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale',
    );
    await page.getByLabel('Theme').selectOption('dark');
    expect(await seriousViolations(page)).toEqual([]);
    await utm.getByRole('button', { name: 'Apply UTM parameters' }).click();

    const text = await expect
      .poll(async () => (await app.input.inputValue()) !== original)
      .toBe(true)
      .then(() => app.input.inputValue());
    const tags = 'utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=spring-sale';
    expect(text).toContain(`href="https://shop.example.com/sale?${tags}"`);
    expect(text).toContain(`href="https://shop.example.com/coats?${tags}"`);
    // A merge tag in the href is kept as written.
    expect(text).toContain(`href="https://shop.example.com/account?e={{ email }}&amp;${tags}"`);
    // Other domains, relative and system (unsubscribe) links are left alone.
    expect(text).toContain('href="https://blog.example.org/post"');
    expect(text).toContain('href="/pricing"');
    expect(text).toContain('href="https://shop.example.com/unsubscribe?u=1"');
    await expect.poll(() => rulesListed(app)).not.toContain('inconsistent-utm');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(app.input).toHaveValue(original);
  });

  test('an .eml: the fixed HTML part is downloaded as .html and undo brings the message back', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.open();
    const eml = [
      'From: Shop <news@mail.shop.example.com>',
      'To: reader@example.org',
      'Subject: New',
      'MIME-Version: 1.0',
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '<html><body><p><a href=3D"www.shop.example.com/new">New</a></p></body></html>',
      '',
    ].join('\n');
    await app.upload.setInputFiles({
      name: 'news.eml',
      mimeType: 'message/rfc822',
      buffer: Buffer.from(eml),
    });
    await app.waitForLinks(1);
    await page.getByRole('button', { name: /^Fix all safe/ }).click();
    await expect(app.input).toHaveValue(/<a href="https:\/\/www\.shop\.example\.com\/new">/);
    const { download, text } = await app.download('Download fixed email');
    expect(download.suggestedFilename()).toBe('news.fixed.html');
    expect(text.trim()).toBe(
      '<html><body><p><a href="https://www.shop.example.com/new">New</a></p></body></html>',
    );
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(app.input).toHaveValue(eml);
  });

  test('UTM builder: chosen domains and utm_content from the link text', async ({ page }) => {
    const { app, original } = await openFixable(page);
    await app.openTab('UTM builder');
    const utm = page.getByRole('region', { name: 'UTM builder' });
    await utm.getByLabel('Source').fill('digest');
    await utm.getByLabel('Campaign').fill('may');
    await utm.getByLabel('Content', { exact: true }).selectOption('text');
    await utm.getByLabel(/Domains to tag/).fill('blog.example.org');
    await utm.getByRole('button', { name: 'Preview UTM changes' }).click();
    await expect(utm.getByTestId('utm-plan')).toContainText('1 link to blog.example.org will change');
    await utm.getByRole('button', { name: 'Apply UTM parameters' }).click();
    await expect(app.input).toHaveValue(
      original.replace(
        'href="https://blog.example.org/post"',
        'href="https://blog.example.org/post?utm_source=digest&amp;utm_medium=email&amp;utm_campaign=may&amp;utm_content=our-blog"',
      ),
    );
  });
});
