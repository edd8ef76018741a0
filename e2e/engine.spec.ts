import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { AppPage } from './app-page';

/**
 * The app's engine: exports made by the core's formatters (what the CLI
 * prints), the worker cancelled by newer text, held-back images, and what
 * survives a reload (each tab's draft and fix history).
 */
const FIXTURES = resolve('e2e/fixtures');
const CLI = resolve('src/cli/main.ts');

/** The CLI's output for a fixture, run from the fixtures folder so the report names the file alone. */
function cli(file: string, format: string): string {
  const run = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'check', file, '--format', format], {
    cwd: FIXTURES,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`CLI failed (${run.status}): ${run.stderr}`);
  return run.stdout;
}

const analyses = (page: Page): Promise<number> =>
  page.evaluate(() => performance.getEntriesByName('eli:analyse').length);

/** The length of the last draft the page reported stored (its write completed), or null. */
const lastSavedChars = (page: Page): Promise<number | null> =>
  page.evaluate(() => {
    const marks = performance.getEntriesByName('eli:draft-saved') as PerformanceMark[];
    const detail = marks.at(-1)?.detail as { chars?: number } | undefined;
    return detail?.chars ?? null;
  });

test.describe('the engine', () => {
  for (const file of ['planted-defects.html', 'sent.eml']) {
    test(`exports of ${file} are byte for byte what the CLI prints`, async ({ page }) => {
      test.setTimeout(90_000);
      const app = new AppPage(page);
      await app.open();
      await app.upload.setInputFiles(join(FIXTURES, file));
      await expect(page.locator('[data-preview-ready="true"]')).toBeVisible({ timeout: 15_000 });
      for (const [button, format] of [
        ['Export JSON', 'json'],
        ['Export CSV', 'csv'],
        ['Export Markdown', 'md'],
        ['Export SARIF', 'sarif'],
      ] as const) {
        const { text } = await app.download(button);
        expect(text.length, format).toBeGreaterThan(100);
        expect(text, `${file} as ${format}`).toBe(cli(file, format));
      }
    });
  }

  test('a newer text cancels a running analysis: the worker is replaced and the new text analysed', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.open();
    const started: string[] = [];
    page.on('worker', (worker) => started.push(worker.url()));
    const row = '<tr><td><a href="https://shop.example.com/p?id=1">Product</a><img src="x.png"></td></tr>\n';
    const before = await analyses(page);
    const workers = started.filter((url) => url.includes('engine')).length;
    // Two pastes in one task: the first's analysis is asked from its own event and cannot have been
    // answered when the second comes (sent from the test one after the other, a warm worker sometimes
    // finished 5.7 MB before the page, busy with that text, took the second).
    await app.input.evaluate(
      (area, texts) => {
        const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
        for (const text of texts) {
          setter?.call(area, text);
          area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
        }
      },
      [`<table>${row.repeat(40_000)}</table>`, '<a href="/pricing">Pricing</a>'],
    );
    await app.waitForLinks(1);
    expect(await analyses(page)).toBe(before + 2);
    // The running worker was terminated and a fresh one analysed the new text.
    expect(await page.evaluate(() => performance.getEntriesByName('eli:cancel').length)).toBe(1);
    // Playwright reports a new worker by an event that can come after the page has shown its result.
    await expect.poll(() => started.filter((url) => url.includes('engine')).length).toBe(workers + 1);
  });

  test('held-back images keep their box and alt text without the broken-image fallback', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.paste(
      '<p>Hi</p><img id="logo" src="https://images.example/logo.png" width="120" height="40" alt="Shop logo"><a href="https://shop.example.com/">Shop</a>',
    );
    await app.waitForLinks(1);
    const img = app.preview.locator('#logo');
    await expect(img).toHaveAttribute('data-eli-src', 'https://images.example/logo.png');
    await expect(img).toHaveAttribute('alt', 'Shop logo');
    await expect(img).toHaveAttribute('title', 'Shop logo');
    const state = await img.evaluate((el: HTMLImageElement) => ({
      src: el.currentSrc,
      complete: el.complete,
      width: el.getBoundingClientRect().width,
      height: el.getBoundingClientRect().height,
    }));
    expect(state.src.startsWith('data:image/svg+xml')).toBe(true);
    expect(state.complete).toBe(true);
    expect([state.width, state.height]).toEqual([120, 40]);
  });

  test('a 6 MB paste survives a reload one second later', async ({ page }) => {
    test.setTimeout(120_000);
    const app = new AppPage(page);
    await app.open();
    const block = '<p><a href="https://shop.example.com/a">A link</a> and some text of the newsletter.</p>\n';
    const big = block.repeat(Math.ceil(6_000_000 / block.length));
    await app.paste(big);
    await page.waitForTimeout(1000);
    await page.reload();
    await expect
      .poll(() => app.input.evaluate((area: HTMLTextAreaElement) => area.value.length), { timeout: 60_000 })
      .toBe(big.length);
    // Restored, it counts as stored.
    await expect.poll(() => lastSavedChars(page), { timeout: 60_000 }).toBe(big.length);
  });

  test('the autosaved pathological email does not hang the page after a reload', async ({ page }) => {
    test.setTimeout(180_000);
    const app = new AppPage(page);
    await app.open();
    // 1.6 MB of <div><img> never closed: nesting as deep as the document is long (once 30 s of analysis).
    const pathological = '<div><img>'.repeat(160_000);
    await app.paste(pathological);
    await expect.poll(() => lastSavedChars(page), { timeout: 60_000 }).toBe(pathological.length);
    // The browser's own parser would take minutes on it: the preview says so instead of trying.
    await expect(app.preview.locator('[data-eli-no-preview]')).toContainText('No preview', {
      timeout: 60_000,
    });
    await page.reload();
    await expect
      .poll(() => app.input.evaluate((area: HTMLTextAreaElement) => area.value.length), { timeout: 60_000 })
      .toBe(pathological.length);
    // The page answers while that email is (or was) being analysed: a new email replaces it and is analysed.
    expect(await page.evaluate(() => document.title.length > 0)).toBe(true);
    await app.paste('<a href="https://shop.example.com/pricing">Pricing</a>');
    await app.waitForLinks(1);
    await expect(app.input).toHaveValue('<a href="https://shop.example.com/pricing">Pricing</a>');
    await expect
      .poll(() => lastSavedChars(page))
      .toBe('<a href="https://shop.example.com/pricing">Pricing</a>'.length);
  });

  test('a reload right after a fix keeps Undo and the original', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    const original = await readFile('e2e/fixtures/fixable.html', 'utf8');
    await app.paste(original);
    await app.waitForLinks(10);
    const fixAll = page.getByRole('button', { name: 'Fix all safe' });
    await expect(fixAll).toBeEnabled();
    await fixAll.click();
    await expect(app.input).not.toHaveValue(original);
    const fixed = await app.input.inputValue();
    await page.waitForTimeout(100);
    await page.reload();
    await expect(app.input).toHaveValue(fixed);
    const undo = page.getByRole('button', { name: 'Undo' });
    await expect(undo).toBeEnabled();
    await undo.click();
    await expect(app.input).toHaveValue(original);
  });

  test('typing after a fix, then Undo, then another fix keeps the typed text', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    const original = await readFile('e2e/fixtures/fixable.html', 'utf8');
    await app.paste(original);
    await app.waitForLinks(10);
    const fixAll = page.getByRole('button', { name: 'Fix all safe' });
    await expect(fixAll).toBeEnabled();
    await fixAll.click();
    await expect(app.input).not.toHaveValue(original);
    await app.input.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('<!-- typed by hand -->');
    await expect(app.input).toHaveValue(/typed by hand/);
    await page.getByRole('button', { name: 'Undo' }).click();
    // The fix is undone, the typing kept.
    await expect(app.input).toHaveValue(`${original}<!-- typed by hand -->`);
    await expect(fixAll).toBeEnabled({ timeout: 15_000 });
    await fixAll.click();
    await expect(app.input).not.toHaveValue(`${original}<!-- typed by hand -->`);
    await expect(app.input).toHaveValue(/<!-- typed by hand -->$/);
  });

  test('each tab keeps its own draft; a new tab starts from the last one saved', async ({ context }) => {
    const first = await context.newPage();
    const a = new AppPage(first);
    await a.open();
    await a.paste('<a href="https://one.example/">first tab</a>');
    // Wait until the pasted draft itself is stored as the last tab's, not only that some draft was.
    await expect
      .poll(() =>
        first.evaluate(() => {
          const tab = localStorage.getItem('eli:last-tab');
          return tab === null ? null : localStorage.getItem(`eli:input:${tab}`);
        }),
      )
      .toContain('first tab');
    const second = await context.newPage();
    const b = new AppPage(second);
    await b.open();
    await expect(b.input).toHaveValue('<a href="https://one.example/">first tab</a>');
    await b.paste('<a href="https://two.example/">second tab</a>');
    await second.waitForTimeout(500);
    await first.reload();
    await expect(a.input).toHaveValue('<a href="https://one.example/">first tab</a>');
    await second.reload();
    await expect(b.input).toHaveValue('<a href="https://two.example/">second tab</a>');
  });
});
