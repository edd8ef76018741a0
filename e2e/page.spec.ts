import { expect, test, type Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { AppPage, OUTPUT, seriousViolations } from './app-page';

/**
 * The page a marketer reads: the verdict and the first issue in the first
 * screen, no overflow on a phone, words instead of flags and Markdown, state
 * that belongs to one email, the keyboard path to the first fix, the report
 * that opens offline, and axe in every state.
 */
const planted = (): Promise<string> => readFile('e2e/fixtures/planted-defects.html', 'utf8');
const fixable = (): Promise<string> => readFile('e2e/fixtures/fixable.html', 'utf8');

async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth);
}

/** Text on the page that is a command-line flag or Markdown syntax shown raw. */
async function developerText(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  const found: string[] = [];
  for (const re of [/(^|\s)--[a-z][a-z-]+/m, /```/, /\]\([^)]*\)/, /^#{1,6} /m, /\*\*[^*]+\*\*/]) {
    const m = re.exec(text);
    if (m) found.push(m[0]);
  }
  return found;
}

const TABS = ['Where links go', 'Source', 'UTM builder', 'Changes', 'Exports', /^Links/] as const;

for (const size of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`the verdict and the first issue are in the first screen at ${size.width}×${size.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    const app = new AppPage(page);
    await app.open();
    await app.sample('Template with mistakes');
    await expect(page.locator('[data-preview-ready="true"]')).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('region', { name: 'Verdict' })).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('region', { name: 'Verdict' })).toContainText(/will not|broken|campaign/);
    const first = app.findings.locator('[data-issue="1"]');
    await expect(first).toBeInViewport();
    // Named by the link's text, with what to do; the rule id is small print.
    await expect(first).toContainText('“');
    await expect(first).toContainText('What to do');
    // The accessible names outside tests rely on are all on the page, visible, without a click.
    for (const locator of [
      app.input,
      app.links,
      app.findings,
      page.locator('iframe[title="Email preview"]'),
    ]) {
      await expect(locator).toBeVisible();
    }
    await expect(app.upload).toBeAttached();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });
}

for (const width of [390, 320]) {
  test(`nothing is wider than a ${width} px screen, whatever panel, popover or dialog is open`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    const app = new AppPage(page);
    await app.open();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await app.paste(await planted());
    await app.waitForLinks(6);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    for (const tab of TABS) {
      await app.openTab(tab);
      await page.waitForTimeout(150);
      expect(await overflow(page), `panel ${String(tab)}`).toBeLessThanOrEqual(0);
    }
    await app.preview.locator('#relative').click();
    const popover = page.getByRole('dialog', { name: /^Link/ });
    await expect(popover).toBeVisible();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    const box = await popover.boundingBox();
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(width);
    await popover.getByRole('button', { name: /About this check/ }).click();
    const doc = page.getByRole('dialog', { name: /About this check/ });
    await expect(doc.locator('.eli-prose')).toBeVisible();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.keyboard.press('Escape');
    await expect(doc).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Settings' })).toBeHidden();
    await page.getByRole('button', { name: 'Samples' }).click();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await app.screenshot(`phone-${width}`);
  });
}

test('no command-line flag and no raw Markdown anywhere on the page', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.sample('Sent email (.eml)');
  await app.waitForLinks(5);
  // The sent sample has an untracked link: the CLI offers a flag for it, the page a control.
  await expect(app.findings).toContainText('untracked-link');
  expect(await developerText(page)).toEqual([]);
  const allow = app.findings.getByRole('button', { name: /untracked on purpose/ });
  await expect(allow).toBeVisible();
  for (const tab of TABS) {
    await app.openTab(tab);
    await page.waitForTimeout(150);
    expect(await developerText(page), `panel ${String(tab)}`).toEqual([]);
  }
  for (const sample of ['Template with mistakes', 'Outlook button', 'Ready to send']) {
    await app.sample(sample);
    await expect(page.locator('[data-preview-ready="true"]')).toBeVisible();
    expect(await developerText(page), sample).toEqual([]);
  }
  // Each rule's documentation, rendered.
  await app.sample('Template with mistakes');
  await expect(page.locator('[data-preview-ready="true"]')).toBeVisible();
  const docs = app.findings.getByRole('button', { name: /About this check/ });
  const count = await docs.count();
  for (let i = 0; i < count; i++) {
    await docs.nth(i).click();
    const dialog = page.getByRole('dialog', { name: /About this check/ });
    await expect(dialog.locator('.eli-prose')).toBeVisible();
    expect(await developerText(page)).toEqual([]);
    await page.keyboard.press('Escape');
  }
  // The control does what the flag does: the domain is no longer reported as untracked.
  await app.sample('Sent email (.eml)');
  await app.waitForLinks(5);
  await app.findings.getByRole('button', { name: /untracked on purpose/ }).click();
  await expect(app.findings).not.toContainText('untracked-link');
  await expect(page.getByRole('region', { name: 'Verdict' })).toContainText('Ready to send');
});

test('another email starts afresh: sending domain, file error, selection', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.upload.setInputFiles('e2e/fixtures/sent.eml');
  await app.waitForLinks(2);
  await app.openTab('Where links go');
  const domains = page.getByRole('region', { name: 'Domains' });
  const sender = domains.getByLabel('Sending domain');
  await expect(sender).toHaveValue('mail.shop.example.com');
  await sender.fill('typed-for-the-first.example');

  // A file the app cannot read: its message shows, the email stays.
  await app.upload.setInputFiles({
    name: 'photo.html',
    mimeType: 'text/html',
    buffer: Buffer.from([0x89, 0x50, 0, 1]),
  });
  await expect(page.getByRole('alert')).toContainText('binary');

  // Another email from another sender: the message is gone and the sending domain is the new email's.
  const other = [
    'From: Letters <hello@letters.other.example>',
    'To: reader@example.org',
    'Subject: Other',
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<p><a href="https://letters.other.example/a">Read</a></p>',
    '',
  ].join('\n');
  await app.upload.setInputFiles({
    name: 'other.eml',
    mimeType: 'message/rfc822',
    buffer: Buffer.from(other),
  });
  await app.waitForLinks(1);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await app.openTab('Where links go');
  await expect(sender).toHaveValue('letters.other.example');

  // A good paste replaces an old file error too.
  await app.upload.setInputFiles({ name: 'empty.eml', mimeType: 'message/rfc822', buffer: Buffer.alloc(0) });
  await expect(page.getByRole('alert')).toContainText('empty');
  await app.paste(await planted());
  await app.waitForLinks(6);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the first Fix is at most 10 Tab presses from the email box; skip links lead to issues, preview and links', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.paste(await fixable());
  await app.waitForLinks(10);
  await expect(page.getByRole('button', { name: /^Fix all safe/ })).toBeEnabled();
  await app.input.focus();
  let presses = 0;
  for (; presses < 30; presses++) {
    const onFix = await page.evaluate(() => {
      const el = document.activeElement;
      return (
        el instanceof HTMLButtonElement &&
        el.closest('[data-issue]') !== null &&
        /^Fix/.test(el.getAttribute('aria-label') ?? el.textContent ?? '')
      );
    });
    if (onFix) break;
    await page.keyboard.press('Tab');
  }
  test.info().annotations.push({ type: 'tab presses to the first Fix', description: String(presses) });
  console.log(`Tab presses from the email box to the first Fix: ${presses}`);
  expect(presses).toBeLessThanOrEqual(10);

  // Skip links: the first Tab stops of the page.
  await page.reload();
  await app.waitForLinks(10);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the email box' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to issues' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#issues')).toBeFocused();
  await page.getByRole('link', { name: 'Skip to preview' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#preview')).toBeFocused();
  await app.openTab('Source');
  await page.getByRole('link', { name: 'Skip to links' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#links')).toBeFocused();
  await expect(app.links).toBeVisible();
});

test('selecting an issue selects its link in the preview and the table, and the other way round', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.paste(await planted());
  await app.waitForLinks(6);
  const item = app.findings.locator('[data-issue-rule="missing-scheme"]').first();
  const id = await item.getAttribute('data-issue-link');
  await item.getByRole('button', { pressed: false }).first().click();
  await expect(app.preview.locator(`[data-link-id="${id}"]`)).toHaveClass(/eli-selected/);
  await expect(app.links.locator(`[data-row-id="${id}"]`)).toHaveAttribute('aria-selected', 'true');
  // The preview's pin for that link carries the number.
  const n = await item.getAttribute('data-issue');
  await expect(app.preview.locator(`[data-link-id="${id}"]`)).toHaveAttribute('data-eli-pin', n ?? 'missing');
  // The other way: a row of the table marks its issue in the list.
  const relative = await app.findings
    .locator('[data-issue-rule="relative-url"]')
    .first()
    .getAttribute('data-issue-link');
  await app.links.locator(`[data-row-id="${relative}"]`).click();
  await expect(
    app.findings
      .locator(`[data-issue-rule="relative-url"][data-issue-link="${relative}"]`)
      .getByRole('button', {
        pressed: true,
      }),
  ).toBeVisible();
});

test('"Download report" is one file that opens offline, with the verdict, the issues and the pins', async ({
  page,
  browser,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.upload.setInputFiles({
    name: 'may-newsletter.html',
    mimeType: 'text/html',
    buffer: Buffer.from(await planted()),
  });
  await app.waitForLinks(6);
  const { download, text } = await app.download('Download report');
  expect(download.suggestedFilename()).toBe('may-newsletter.report.html');
  expect(text).not.toMatch(/<script/i);
  const path = `${OUTPUT}/may-newsletter.report.html`;
  await writeFile(path, text);

  const offline = await browser.newContext({ offline: true });
  const requests: string[] = [];
  offline.on('request', (r) => {
    if (!r.url().startsWith('file:') && !r.url().startsWith('about:') && !r.url().startsWith('data:'))
      requests.push(r.url());
  });
  await offline.route('**/*', (route) =>
    route.request().url().startsWith('file:') ? route.continue() : route.abort(),
  );
  const report = await offline.newPage();
  await report.goto(pathToFileURL(path).href);
  await expect(report.locator('.verdict')).toContainText(/broken|will not|campaign/);
  await expect(report.locator('[data-issue]').first()).toBeVisible();
  const frame = report.frameLocator('iframe[title="Email preview"]');
  const pins = frame.locator('[data-eli-pin]');
  await expect(pins.first()).toBeVisible();
  expect(await pins.count()).toBeGreaterThan(0);
  const pinned = await pins.first().evaluate((el) => getComputedStyle(el, '::after').content);
  expect(pinned).toMatch(/"\d+"/);
  await report.screenshot({ path: `${OUTPUT}/report-offline.png`, fullPage: true });
  expect(requests).toEqual([]);
  await offline.close();
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: no serious or critical violation in any state, ${theme}`, async ({ page }) => {
    // About twenty axe runs, each a few seconds on a loaded 2-core machine, and over ten when the XSS
    // suite runs beside it (one full run spent the whole 300 s with it).
    test.setTimeout(600_000);
    const app = new AppPage(page);
    await page.emulateMedia({ colorScheme: theme });
    await app.open();
    if ((await app.input.inputValue()) !== '') {
      await page.getByRole('button', { name: 'Clear' }).click();
      await page.getByRole('button', { name: 'Discard' }).click();
    }
    expect(await seriousViolations(page), `${theme} empty`).toEqual([]);
    for (const sample of ['Template with mistakes', 'Ready to send', 'Sent email (.eml)', 'Outlook button']) {
      await app.sample(sample);
      await expect(page.locator('[data-preview-ready="true"]')).toBeVisible();
      expect(await seriousViolations(page), `${theme} ${sample}`).toEqual([]);
    }
    for (const tab of TABS) {
      await app.openTab(tab);
      await page.waitForTimeout(200);
      expect(await seriousViolations(page), `${theme} ${String(tab)}`).toEqual([]);
    }
    await app.preview.locator('[data-link-id]').first().click();
    await expect(page.getByRole('dialog', { name: /^Link/ })).toBeVisible();
    expect(await seriousViolations(page), `${theme} popover`).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: /^Link/ })).toBeHidden();
    await app.findings
      .getByRole('button', { name: /About this check/ })
      .first()
      .click();
    await expect(page.locator('.eli-prose')).toBeVisible();
    expect(await seriousViolations(page), `${theme} rule doc`).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByLabel('Tracking domain(s)')).toBeVisible();
    expect(await seriousViolations(page), `${theme} settings`).toEqual([]);
    await page.keyboard.press('Escape');
  });
}
