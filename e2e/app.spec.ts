import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { AppPage } from './app-page';

const planted = (): Promise<string> => readFile('e2e/fixtures/planted-defects.html', 'utf8');

test.describe('the web app', () => {
  test('pasted HTML is analysed and every link of the report is highlighted with its status', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.open();
    await app.paste(await planted());
    await app.waitForLinks(6);
    const report = await app.report();
    expect(report.links).toHaveLength(6);

    // Each rendered link of the report carries its id and the status its findings give it.
    const rendered = report.links.filter((l) => !l.outlookOnly);
    const marked = app.preview.locator('[data-link-id]');
    await expect(marked).toHaveCount(rendered.length);
    const rank = { error: 0, warning: 1, info: 2 } as const;
    for (const link of rendered) {
      const findings = report.findings.filter((f) => f.link === link.id);
      const status = findings.length
        ? findings.reduce(
            (w, f) => (rank[f.severity] < rank[w] ? f.severity : w),
            'info' as keyof typeof rank,
          )
        : 'ok';
      await expect(app.preview.locator(`[data-link-id="${link.id}"]`)).toHaveAttribute(
        'data-link-status',
        status,
      );
    }

    // Planted defects whose rules are in docs/contracts/rules.md.
    const relative = report.links.find((l) => l.href === '/pricing');
    const scheme = report.links.find((l) => l.href === 'www.shop.example.com/new');
    expect(report.findings.some((f) => f.rule === 'relative-url' && f.link === relative?.id)).toBe(true);
    expect(report.findings.some((f) => f.rule === 'missing-scheme' && f.link === scheme?.id)).toBe(true);
    await expect(app.preview.locator('#relative')).toHaveAttribute('data-link-status', 'error');
    await expect(app.preview.locator('#scheme')).toHaveAttribute('data-link-status', 'error');
    await expect(app.findings).toContainText('relative-url');
    await expect(app.findings).toContainText('missing-scheme');

    // The Outlook-only VML link is listed with the links.
    await app.openTab(/^Links/);
    await expect(page.getByRole('region', { name: 'Outlook-only links' })).toContainText(
      'https://shop.example.com/outlook-offer',
    );
    await app.screenshot('paste-template');
  });

  test('a real clipboard paste starts the analysis with no button', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const app = new AppPage(page);
    await app.open();
    await page.evaluate((text) => navigator.clipboard.writeText(text), await planted());
    await app.input.focus();
    await page.keyboard.press('Control+V');
    await app.waitForLinks(6);
  });

  test('upload and drop load a file; an .eml is read as a sent message', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.upload.setInputFiles('e2e/fixtures/sent.eml');
    await app.waitForLinks(2);
    await expect(page.getByRole('region', { name: 'Verdict' })).toContainText('sent email');
    await expect(page.getByRole('region', { name: 'Sent email' })).toContainText('Picks');
    await expect(app.input).toHaveValue(/Subject: Picks/);

    const html = await planted();
    const dataTransfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.html', { type: 'text/html' }));
      return dt;
    }, html);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer });
    await page.dispatchEvent('main', 'drop', { dataTransfer });
    await app.waitForLinks(6);
    await expect(page.getByRole('region', { name: 'Input' })).toContainText('dropped.html');
  });

  test('bad files get a message and the input is kept', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.paste(await planted());
    await app.waitForLinks(6);
    const before = await app.input.inputValue();

    await app.upload.setInputFiles({
      name: 'photo.html',
      mimeType: 'text/html',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]),
    });
    await expect(page.getByRole('alert')).toContainText('binary');
    await expect(app.input).toHaveValue(before);

    await app.upload.setInputFiles({
      name: 'empty.eml',
      mimeType: 'message/rfc822',
      buffer: Buffer.alloc(0),
    });
    await expect(page.getByRole('alert')).toContainText('empty');
    await expect(app.input).toHaveValue(before);

    await app.upload.setInputFiles({
      name: 'huge.html',
      mimeType: 'text/html',
      buffer: Buffer.alloc(20 * 1024 * 1024 + 10, 0x61),
    });
    await expect(page.getByRole('alert')).toContainText('20 MB');
    await expect(app.input).toHaveValue(before);

    // A message with headers and no body is read by the core: its message shows too, and the last report stays.
    await app.upload.setInputFiles('e2e/fixtures/empty-body.eml');
    await expect(page.getByRole('alert')).toContainText(/no HTML or text part|empty/);
    await expect(app.links).toBeVisible();
    await app.screenshot('bad-file');
  });

  test('the input survives a reload; clear asks first', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.paste(await planted());
    await app.waitForLinks(6);
    await page.waitForTimeout(500);
    await page.reload();
    await expect(app.input).toHaveValue(await planted());
    await app.waitForLinks(6);

    await page.getByRole('button', { name: 'Clear' }).click();
    await page.getByRole('button', { name: 'Keep' }).click();
    await expect(app.input).not.toHaveValue('');
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.getByRole('button', { name: 'Discard' }).click();
    await expect(app.input).toHaveValue('');
  });

  test('selecting a link in the preview, the table or the source selects it in the others', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.open();
    await app.paste(await planted());
    await app.waitForLinks(6);
    const url = page.url();

    // A click in the preview selects and never navigates.
    await app.preview.locator('#relative').click();
    await expect(app.preview.locator('#relative')).toHaveClass(/eli-selected/);
    const id = await app.preview.locator('#relative').getAttribute('data-link-id');
    await expect(app.links.locator(`[data-row-id="${id}"]`)).toHaveAttribute('aria-selected', 'true');
    await app.preview.locator('#ok').click({ button: 'middle' });
    await app.preview.locator('#ok').click({ modifiers: ['Control'] });
    expect(page.url()).toBe(url);
    expect(page.context().pages()).toHaveLength(1);

    // The click opened the link's popover; Escape closes it.
    await expect(page.getByRole('dialog', { name: /^Link/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: /^Link/ })).toBeHidden();

    // The table selects in the preview.
    const scheme = app.links.getByRole('row').filter({ hasText: 'www.shop.example.com/new' });
    await scheme.click();
    const schemeId = await scheme.getAttribute('data-row-id');
    await expect(app.preview.locator(`[data-link-id="${schemeId}"]`)).toHaveClass(/eli-selected/);

    // Keyboard: arrow keys move the selection in the table.
    await scheme.focus();
    await page.keyboard.press('ArrowDown');
    await expect(app.preview.locator('#js')).toHaveClass(/eli-selected/);

    // The source view (loaded on demand) follows, and a click in it selects back.
    await app.openTab('Source');
    const source = page.getByTestId('source-view');
    await expect(source.locator('.cm-content')).toContainText('javascript:alert(1)');
    await expect(source.locator('.cm-selectionBackground').first()).toBeAttached();
    await source.getByText('/pricing').click();
    await expect(app.preview.locator('#relative')).toHaveClass(/eli-selected/);
    await app.screenshot('selection-sync');
  });

  test('exports download valid JSON, CSV, Markdown and SARIF; copy summary', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const app = new AppPage(page);
    await app.open();
    await app.paste(await planted());
    await app.waitForLinks(6);
    const report = await app.report();
    expect(report.version).toBe(1);

    const csv = (await app.download('Export CSV')).text.trim().split('\r\n');
    // The core's CSV (as the CLI's --format csv): a row per finding, and one for each link without findings.
    expect(csv[0]).toMatch(/^link,line,column,/);
    const linksWithout = report.links.filter((l) => !report.findings.some((f) => f.link === l.id)).length;
    expect(csv).toHaveLength(report.findings.length + linksWithout + 1);

    const md = (await app.download('Export Markdown')).text;
    expect(md).toMatch(/^## Email link check: /);
    expect(md).toContain('relative-url');

    const sarif = JSON.parse((await app.download('Export SARIF')).text) as {
      version: string;
      runs: Array<{ results: Array<{ ruleId: string; level: string }> }>;
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results).toHaveLength(report.findings.length);

    await page.getByRole('button', { name: 'Copy summary' }).click();
    await expect(page.getByText('Summary copied')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`${report.summary.links} links, ${report.summary.errors} errors`);
  });

  test('filters, sort and search narrow the links table', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.paste(await planted());
    await app.waitForLinks(6);
    await page.getByLabel('Rule').selectOption('relative-url');
    await expect(app.links).toHaveAttribute('aria-rowcount', '2');
    await page.getByLabel('Rule').selectOption('');
    await page.getByLabel('Kind').selectOption('mailto');
    await expect(app.links).toHaveAttribute('aria-rowcount', '2');
    await page.getByLabel('Kind').selectOption('');
    await page.getByLabel('Search links').fill('pricing');
    await expect(app.links).toHaveAttribute('aria-rowcount', '2');
  });
});
