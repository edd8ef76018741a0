import { expect, test } from '@playwright/test';
import { AppPage } from './app-page';
import { SENT, TEMPLATE } from './compare-emails';

/**
 * The compare mode and the settings file in the real page: a template in the
 * box, the sent email chosen in the "Compare with the sent email" tab, the
 * pairs and both previews; the settings file imported, refused and exported.
 */
test('compare with the sent email: pairs, what the platform did, both previews pointing at the pair', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.paste(TEMPLATE);
  await app.waitForLinks(3);
  await app.openTab('Compare with the sent email');
  const panel = page.getByTestId('compare-panel');
  await panel.getByLabel('Choose the sent email (.eml)').setInputFiles({
    name: 'winter-sale.eml',
    mimeType: 'message/rfc822',
    buffer: Buffer.from(SENT),
  });
  await expect(panel.getByRole('status').last()).toHaveText(
    '1 tracked, 1 not tracked, 1 missing from the sent email, 1 only in the sent email.',
    { timeout: 15_000 },
  );
  const pairs = panel.getByRole('list', { name: 'Link pairs' }).getByRole('button');
  await expect(pairs).toHaveCount(4);
  // The first pair that was not tracked is chosen: Boots, with the template's reason.
  const boots = pairs.filter({ hasText: 'Boots' });
  await expect(boots).toHaveAttribute('aria-pressed', 'true');
  await expect(boots).toContainText('Not tracked');
  await expect(boots).toContainText('clicks on it are not counted');
  await expect(boots).toContainText('Likely reason: clicktracking="off"');
  const sent = page.frameLocator('iframe[title="Sent: winter-sale.eml"]');
  const template = page.frameLocator('iframe[title^="Template:"]');
  await expect(sent.locator('[data-eli-link="L2"]')).toHaveCSS('outline-style', 'solid');

  const coats = pairs.filter({ hasText: 'Warm coats' });
  await coats.click();
  await expect(coats).toContainText('Tracked');
  await expect(coats).toContainText(
    'a1.r.us-east-1.awstrack.me, which leads to https://shop.example/coats?utm_source=news',
  );
  await expect(coats).toContainText('Parameters added: utm_source=news');
  await expect(template.locator('[data-eli-link="L1"]')).toHaveCSS('outline-style', 'solid');
  await expect(pairs.filter({ hasText: 'Last year’s sale' })).toContainText('Missing from the sent email');
  await expect(pairs.filter({ hasText: 'Unsubscribe' })).toContainText('Only in the sent email');
  // The previews cannot be clicked through: no link keeps an address, nothing loads from the network.
  await expect(sent.locator('a[href]')).toHaveCount(0);
  await expect(sent.locator('a[data-href]')).toHaveCount(3);
});

test('compare: a file that is not an email says so and changes nothing else', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.paste(TEMPLATE);
  await app.waitForLinks(3);
  await app.openTab('Compare with the sent email');
  const panel = page.getByTestId('compare-panel');
  await panel.getByLabel('Choose the sent email (.eml)').setInputFiles({
    name: 'empty.eml',
    mimeType: 'message/rfc822',
    buffer: Buffer.from(''),
  });
  await expect(panel.getByRole('alert')).toContainText('empty.eml:');
  await expect(app.input).toHaveValue(TEMPLATE);
});

test('settings file: import (a bad one refused with its key), then export the same keys', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  const importer = dialog.getByLabel('Import settings file…');
  await importer.setInputFiles({
    name: 'email-link-inspector.config.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"trackingDomain": ["click.shop.example"]}'),
  });
  await expect(dialog.getByRole('alert')).toHaveText(
    'email-link-inspector.config.json: trackingDomain unknown key (did you mean "trackingDomains"?); the keys are trackingDomains, allowUntracked, rules, mode, failOn. Nothing was changed.',
  );
  await importer.setInputFiles({
    name: 'email-link-inspector.config.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        trackingDomains: ['Click.Shop.Example'],
        allowUntracked: ['help.shop.example'],
        rules: { 'duplicate-link': 'off' },
        mode: 'sent',
        failOn: 'warning',
      }),
    ),
  });
  await expect(dialog.getByRole('status')).toHaveText(
    'Imported email-link-inspector.config.json. Its failOn is for the command line and is not used here.',
  );
  await expect(dialog.getByLabel('Tracking domain(s)')).toHaveValue('click.shop.example');
  await expect(dialog.getByLabel('Domains left untracked on purpose')).toHaveValue('help.shop.example');
  await expect(dialog.getByLabel('Severity of duplicate-link')).toHaveValue('off');

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export settings file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('email-link-inspector.config.json');
  const path = await file.path();
  const { readFile } = await import('node:fs/promises');
  expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({
    trackingDomains: ['click.shop.example'],
    allowUntracked: ['help.shop.example'],
    rules: { 'duplicate-link': 'off' },
    mode: 'sent',
  });
});
