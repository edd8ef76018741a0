import { expect, test, type Page } from '@playwright/test';
import { AppPage, seriousViolations } from './app-page';

/** About `bytes` of email: paragraphs, each with one link to its own page. */
function newsletter(bytes: number): { html: string; links: number } {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = `<p>Story ${i}: news for you this week, with more to read on the site.</p><a href="https://shop.example.com/story/${i}">Read story ${i}</a>\n`;
    parts.push(part);
    size += part.length;
  }
  return { html: `<html><body>\n${parts.join('')}</body></html>`, links: parts.length };
}

const editor = (page: Page) => page.getByRole('textbox', { name: 'Large email text' });
const drawn = (app: AppPage) => app.input.evaluate((box) => getComputedStyle(box).contentVisibility);

/** A paste event carrying `text`, as the browser sends one (the box's own handling included). */
async function pasteEvent(app: AppPage, text: string): Promise<void> {
  await app.input.evaluate((box, value) => {
    box.focus();
    const data = new DataTransfer();
    data.setData('text/plain', value);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    // A page-made paste event has no default action: a small paste is put in here as the browser would.
    if (box.dispatchEvent(event)) document.execCommand('insertText', false, value);
  }, text);
}

test.describe('a large email', () => {
  test('a large paste goes into the large email editor; the box keeps the text without drawing it', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.open();
    const { html, links } = newsletter(400_000);
    await pasteEvent(app, html);
    await expect(editor(page)).toBeVisible();
    await expect(editor(page)).toBeFocused();
    await expect(app.input).toHaveValue(html);
    expect(await drawn(app)).toBe('hidden');
    await app.waitForLinks(links);
    // The skip link to the email box leads to the editor the email is shown in.
    await page.getByRole('link', { name: 'Skip to the email box' }).focus();
    await page.keyboard.press('Enter');
    await expect(editor(page)).toBeFocused();
    // …and shows the editor whole, from its top.
    expect((await page.locator('[data-large-editor]').boundingBox())?.y).toBeGreaterThanOrEqual(0);
    expect(await drawn(app)).toBe('hidden');
    // Only the lines in view are drawn.
    const lines = await page.locator('[data-large-editor] .cm-line').count();
    expect(lines).toBeGreaterThan(0);
    expect(lines).toBeLessThan(200);
    expect(await seriousViolations(page)).toEqual([]);
    // The editor made and dropped while the page was idle (to warm it up) left nothing behind.
    await expect(page.locator('.cm-editor')).toHaveCount(1);
  });

  test('typing, undo and a whole-text replacement in the editor reach the page and the box', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.open();
    const { html, links } = newsletter(300_000);
    await pasteEvent(app, html);
    await app.waitForLinks(links);
    await editor(page).press('Control+End');
    await page.keyboard.type('<a href="/typed">typed</a>');
    await app.waitForLinks(links + 1);
    await expect(app.input).toHaveValue(/<a href="\/typed">typed<\/a>$/);
    const report = await app.report();
    expect(report.links.some((l) => l.href === '/typed')).toBe(true);
    await app.openTab(/^Links/);

    await editor(page).press('Control+z');
    await app.waitForLinks(links);
    await expect(app.input).toHaveValue(html);

    // Everything selected and a small email typed over it: back in the plain box, which has the focus.
    await page.keyboard.press('Control+a');
    await page.keyboard.type('<a href="https://small.example/">small</a>');
    await expect(editor(page)).toBeHidden();
    await expect(app.input).toHaveValue('<a href="https://small.example/">small</a>');
    await expect(app.input).toBeFocused();
    expect(await drawn(app)).toBe('visible');
    await app.waitForLinks(1);
  });

  test('filling the box and the page’s own texts work while the editor shows a large email', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.open();
    const { html, links } = newsletter(300_000);
    await app.paste(html);
    await expect(editor(page)).toBeVisible();
    await app.waitForLinks(links);

    // The box is still the email's text box: filling it replaces the email.
    await app.input.fill('<a href="https://one.example/">one</a>');
    await expect(editor(page)).toBeHidden();
    await app.waitForLinks(1);

    // A large draft comes back after a reload into the editor.
    await app.paste(html);
    await app.waitForLinks(links);
    await page.reload();
    await expect(editor(page)).toBeVisible();
    await expect(app.input).toHaveValue(html);
    await app.waitForLinks(links);
    await expect(editor(page)).toContainText('Story 0: news for you');

    // A sample from the page leaves the editor.
    await app.sample('Ready to send');
    await expect(editor(page)).toBeHidden();
    expect(await drawn(app)).toBe('visible');
  });

  test('without the editor’s code (a failed load) a large email stays in the plain box, drawn', async ({
    page,
  }) => {
    await page.route(/large-email-editor-[^/]*\.js$/, (route) => route.abort());
    const app = new AppPage(page);
    await app.open();
    const { html, links } = newsletter(300_000);
    await pasteEvent(app, html);
    await expect(app.input).toHaveValue(html);
    await app.waitForLinks(links);
    await expect(editor(page)).toHaveCount(0);
    expect(await drawn(app)).toBe('visible');
    await expect(page.locator('[data-large-editor]')).toBeHidden();
  });
});
