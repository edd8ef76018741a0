import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './app-page';

const previewDoc = 'iframe[title="Email preview"]';

/**
 * Starts recording, in the page, the names of the attributes changed under the preview's body (the
 * email on show) or its whole document (every email mounted after), only `names` when given.
 * Resolves with a function that reads what was recorded.
 */
async function watchAttributes(
  page: Page,
  root: 'body' | 'document',
  names?: string[],
): Promise<() => Promise<string[]>> {
  await page.evaluate(
    ({ selector, root, names }) => {
      const w = window as Window & { __attributes?: string[] };
      w.__attributes = [];
      const doc = document.querySelector<HTMLIFrameElement>(selector)?.contentDocument;
      const target = root === 'body' ? doc?.body : doc?.documentElement;
      if (!target) throw new Error('no preview document');
      new MutationObserver((records) => {
        for (const r of records) w.__attributes?.push(r.attributeName ?? '');
      }).observe(target, { subtree: true, attributes: true, ...(names ? { attributeFilter: names } : {}) });
    },
    { selector: previewDoc, root, ...(names ? { names } : {}) },
  );
  return () => page.evaluate(() => (window as Window & { __attributes?: string[] }).__attributes ?? []);
}

test.describe('putting the email into the preview', () => {
  test('a large email goes in over several frames, from the top, and whole', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    const rows = Array.from(
      { length: 5000 },
      (_, i) =>
        `<tr><td><a href="https://shop.example.com/p/${i}?utm_source=news&utm_medium=email&utm_campaign=x">Product ${i}</a> <img src="https://img.example.com/${i}.png" alt="p${i}" width="40"></td></tr>`,
    ).join('\n');
    // Each frame, the link ids the preview shows (the page and the same-origin preview render together).
    await page.evaluate((selector) => {
      const w = window as Window & { __shown?: string[][] };
      w.__shown = [];
      const look = (): void => {
        const doc = document.querySelector<HTMLIFrameElement>(selector)?.contentDocument;
        const ids = [...(doc?.querySelectorAll<HTMLElement>('[data-link-id]') ?? [])].map(
          (el) => el.dataset['linkId'] ?? '',
        );
        w.__shown?.push(ids);
        if (ids.length < 5000) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    }, previewDoc);
    await app.paste(`<!DOCTYPE html><html><body><table>${rows}</table></body></html>`);
    await app.waitForLinks(5000);
    const shown = await page.evaluate(() => (window as Window & { __shown?: string[][] }).__shown ?? []);
    const partial = shown.filter((ids) => ids.length > 0 && ids.length < 5000);
    expect(partial.length).toBeGreaterThan(1);
    // Each partial frame shows the first links, in order.
    for (const ids of partial) expect(ids).toEqual(Array.from({ length: ids.length }, (_, i) => `L${i + 1}`));
    await expect(app.preview.locator('tr')).toHaveCount(5000);
    await expect(app.preview.locator('img[alt="p4999"]')).toHaveCount(1);
  });

  test('the email being replaced is not marked up with the next email’s statuses', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.paste(
      '<p><a href="https://shop.example.com/a?utm_source=news&utm_medium=email&utm_campaign=x">Shop</a></p>',
    );
    await app.waitForLinks(1);
    await expect(app.preview.locator('[data-link-id="L1"]')).not.toHaveAttribute('data-link-status', 'error');
    // Attribute changes on the email on show, until another email replaces it.
    const changes = await watchAttributes(page, 'body');
    await app.paste('<p><a href="javascript:alert(1)">Shop</a></p>');
    await expect(app.preview.locator('[data-link-id="L1"]')).toHaveAttribute('data-link-status', 'error');
    expect(await changes()).toEqual([]);
  });

  test('a link shows with its pin: the mark is not set after the email is on show', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await app.paste('<p><a href="https://shop.example.com/first">First</a></p>');
    await app.waitForLinks(1);
    // Every change to our marks in the preview document, from before the next paste.
    const marks = await watchAttributes(page, 'document', ['data-eli-pin', 'data-eli-badge']);
    await app.paste(
      '<p><a href="https://shop.example.com/ok">Fine</a> <a href="javascript:alert(1)">Open</a></p>',
    );
    await app.waitForLinks(2);
    await expect(app.preview.locator('[data-link-id="L2"]')).toHaveAttribute('data-eli-pin', /^\d+$/);
    const pin = await app.preview.locator('[data-link-id="L2"]').getAttribute('data-eli-pin');
    await expect(app.preview.locator('[data-link-id="L2"]')).toHaveAttribute('data-eli-badge', pin ?? '');
    expect(await marks()).toEqual([]);
  });

  test('Gmail’s cut line goes in with the email, before the first link past 102 KB, and the toggle takes it away', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.open();
    await app.paste('<p><a href="https://shop.example.com/first">First</a></p>');
    await app.waitForLinks(1);
    const rows = Array.from(
      { length: 1500 },
      (_, i) =>
        `<tr><td><a href="https://shop.example.com/p/${i}">Product ${i}</a> Warm wool, light and soft, knitted in Scotland.</td></tr>`,
    ).join('\n');
    const html = `<!DOCTYPE html><html><body><table>${rows}</table></body></html>`;
    // The first link whose start tag begins after 102 KB (the text is ASCII: one byte a character).
    const cut = html.indexOf('<a ', 102 * 1024);
    const target = `L${html.slice(0, cut).split('<a ').length}`;
    // Each frame in which the target link is on show: is the line there, just before the block holding it?
    await page.evaluate(
      ({ selector, id }) => {
        const w = window as Window & { __cut?: boolean[] };
        w.__cut = [];
        const look = (): void => {
          const doc = document.querySelector<HTMLIFrameElement>(selector)?.contentDocument;
          const link = doc?.querySelector(`[data-link-id="${id}"]`);
          const line = doc?.querySelector('[data-eli-cutoff]');
          if (link) w.__cut?.push(line?.nextElementSibling?.contains(link) ?? false);
          if ((w.__cut?.length ?? 0) < 5) requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      },
      { selector: previewDoc, id: target },
    );
    await app.paste(html);
    await app.waitForLinks(1500);
    await expect
      .poll(() => page.evaluate(() => (window as Window & { __cut?: boolean[] }).__cut?.length ?? 0))
      .toBe(5);
    expect(await page.evaluate(() => (window as Window & { __cut?: boolean[] }).__cut)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    await expect(app.preview.locator('[data-eli-cutoff]')).toHaveCount(1);
    const toggle = page.getByRole('button', { name: 'Gmail cut-off' });
    await toggle.click();
    await expect(app.preview.locator('[data-eli-cutoff]')).toHaveCount(0);
    await toggle.click();
    await expect(app.preview.locator('[data-eli-cutoff]')).toHaveCount(1);
    expect(
      await app.preview
        .locator('[data-eli-cutoff]')
        .evaluate((line) =>
          line.nextElementSibling?.querySelector('[data-link-id]')?.getAttribute('data-link-id'),
        ),
    ).toBe(target);
  });
});
