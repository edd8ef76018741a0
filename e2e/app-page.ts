import AxeBuilder from '@axe-core/playwright';
import { expect, type Download, type FrameLocator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import type { Report } from '../src/core/types';

export const OUTPUT = 'e2e/.output';

/** axe's serious and critical violations on the page (the email's own preview left out). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).exclude('iframe[title="Email preview"]').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Drives the app through the names of docs/contracts/ui.md. */
export class AppPage {
  constructor(readonly page: Page) {}

  get input() {
    return this.page.getByRole('textbox', { name: 'Email HTML' });
  }
  get links() {
    return this.page.getByRole('table', { name: 'Links' });
  }
  get findings() {
    return this.page.getByRole('region', { name: 'Findings' });
  }
  get preview(): FrameLocator {
    return this.page.frameLocator('iframe[title="Email preview"]');
  }
  get upload() {
    return this.page.getByLabel('Upload email file');
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.input).toBeVisible();
  }

  /** Waits until the preview shows `count` marked links. */
  async waitForLinks(count: number): Promise<void> {
    await expect(this.links).toHaveAttribute('aria-rowcount', String(count + 1), { timeout: 15_000 });
    await expect(this.page.locator('[data-preview-ready="true"]')).toBeVisible();
  }

  /**
   * Puts the text into the box. Large texts are set the way a paste arrives (the value changes,
   * one input event of type `insertFromPaste`): Playwright's fill types them in through editing
   * commands, which takes minutes.
   */
  async paste(text: string): Promise<void> {
    if (text.length < 50_000) {
      await this.input.fill(text);
      return;
    }
    await this.input.evaluate((area, value) => {
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
      setter?.call(area, value);
      area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }, text);
  }

  /** Opens one of the panels below the preview (Links, Where links go, Source, UTM builder, Changes, Exports). */
  async openTab(name: string | RegExp): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  /** Loads a built-in sample: its button on the empty page, or from the Samples menu of the input bar. */
  async sample(label: string): Promise<void> {
    const direct = this.page.getByRole('button', { name: label, exact: true });
    if (!(await direct.isVisible())) await this.page.getByRole('button', { name: 'Samples' }).click();
    await this.page.getByRole('button', { name: label, exact: true }).click();
  }

  async download(button: string): Promise<{ download: Download; text: string }> {
    const target = this.page.getByRole('button', { name: button });
    if (/^Export|^Copy summary/.test(button) && !(await target.isVisible())) await this.openTab('Exports');
    if (/fixed/.test(button) && !(await target.isVisible())) await this.openTab('Changes');
    const [download] = await Promise.all([this.page.waitForEvent('download'), target.click()]);
    const path = await download.path();
    return { download, text: await readFile(path, 'utf8') };
  }

  async report(): Promise<Report> {
    return JSON.parse((await this.download('Export JSON')).text) as Report;
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `${OUTPUT}/${name}.png`, fullPage: true });
  }
}
