import { expect, test, type Page } from '@playwright/test';
import { AppPage, OUTPUT, seriousViolations } from './app-page';
import {
  BODY_MARKER,
  shopMessage,
  slowTemplate,
  startOnlineWorld,
  type OnlineWorld,
} from './online/online-service';

/**
 * Online checks against the real service, started with the test DNS
 * server and loopback HTTP(S) servers; every request the page sends to
 * /api/* is recorded to prove the email never leaves the browser.
 */
let world: OnlineWorld;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  world = await startOnlineWorld();
});
test.afterAll(async () => {
  await world?.close();
});

interface SentRequest {
  method: string;
  url: string;
  body: string;
}

async function openApp(page: Page): Promise<{ app: AppPage; sent: SentRequest[] }> {
  const sent: SentRequest[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) {
      sent.push({ method: request.method(), url: request.url(), body: request.postData() ?? '' });
    }
  });
  await page.goto(`${world.url}/`);
  const app = new AppPage(page);
  await expect(app.input).toBeVisible();
  return { app, sent };
}

/** The sent message as a user gives it: an uploaded `.eml` (a pasted text is read as HTML). */
async function loadShopMessage(app: AppPage): Promise<void> {
  await app.upload.setInputFiles({
    name: 'winter-sale.eml',
    mimeType: 'message/rfc822',
    buffer: Buffer.from(shopMessage(world)),
  });
}

/** A region of the "Where links go" panel (Online checks, Domains), opening the panel first. */
async function onlineRegion(page: Page, name: 'Online checks' | 'Domains') {
  const region = page.getByRole('region', { name });
  if (!(await region.isVisible())) await page.getByRole('tab', { name: 'Where links go' }).click();
  return region;
}

function expectNothingOfTheBody(sent: readonly SentRequest[]): void {
  expect(sent.length).toBeGreaterThan(0);
  for (const r of sent) {
    expect(r.url).not.toContain(BODY_MARKER);
    expect(r.body).not.toContain(BODY_MARKER);
    expect(r.body).not.toContain('<a ');
    expect(r.body).not.toContain('Winter sale');
  }
}

test('link checks stream statuses and chains for the untracked links of a sent email', async ({ page }) => {
  const { app, sent } = await openApp(page);
  await loadShopMessage(app);
  await app.waitForLinks(4);
  const analyses = (): Promise<number> =>
    page.evaluate(() => performance.getEntriesByName('eli:analyse').length);
  const analysedBefore = await analyses();
  expect(analysedBefore).toBeGreaterThan(0);
  const sanitised = (): Promise<number> =>
    page.evaluate(() => performance.getEntriesByName('eli:sanitize').length);
  await expect(page.locator('[data-preview-ready="true"]')).toBeVisible();
  const sanitisedBefore = await sanitised();
  expect(sanitisedBefore).toBeGreaterThan(0);
  const online = await onlineRegion(page, 'Online checks');
  await expect(online.getByRole('note')).toContainText(/may (register|count as) clicks/);
  await expect(online.getByRole('radio', { name: 'Only untracked links' })).toBeChecked();
  await online.getByRole('button', { name: /Check links online/ }).click();
  await expect(online.getByRole('status')).toContainText('3 of 3 checked', { timeout: 20_000 });

  // Only the URLs of the untracked links were sent: never the tracked one, never the email.
  const checks = sent.filter((r) => r.url.endsWith('/api/links/check'));
  expect(checks).toHaveLength(1);
  const body = JSON.parse(checks[0]?.body ?? '{}') as { urls: string[] };
  expect(body.urls.sort()).toEqual(
    [
      `http://www.shop.test:${world.http.port}/gone`,
      `http://www.shop.test:${world.http.port}/sale?utm_source=news&utm_campaign=winter`,
      `https://www.shop.test:${world.https.port}/secure`,
    ].sort(),
  );
  expect(world.https.port).toBeGreaterThan(0);
  expectNothingOfTheBody(sent);

  const table = online.getByRole('table', { name: 'Link checks' });
  const row = (text: string) => table.getByRole('row').filter({ hasText: text });
  await expect(row('/gone')).toContainText('404');
  await expect(row('/sale')).toContainText('200');
  await expect(row('/sale')).toContainText('1 redirect');
  await expect(row('/secure')).toContainText('200');
  await expect(row('/secure')).toContainText('https-downgrade');
  await expect(row('/sale')).toContainText('utm-dropped');
  await online.screenshot({ path: `${OUTPUT}/online-link-checks.png` });

  // The core judged the facts: online findings join the offline ones in the Findings list.
  await expect(app.findings).toContainText('broken-link', { timeout: 10_000 });
  await expect(app.findings).toContainText('utm-dropped');
  await expect(app.findings).toContainText('https-downgrade');
  await expect(app.findings).toContainText('untracked-link');
  // The page judged the link-check results into the report itself: the worker analysed nothing again,
  // and the preview kept its email (statuses and pins set on it, not a new sanitised copy).
  expect(await analyses()).toBe(analysedBefore);
  expect(await sanitised()).toBe(sanitisedBefore);
  await expect(app.preview.locator('[data-link-id][data-eli-pin]').first()).toBeVisible();

  // The chain drawer: every hop, the final address, the finding on the chain.
  await row('/sale')
    .getByRole('button', { name: /Show chain/ })
    .click();
  const drawer = page.getByRole('dialog', { name: /Redirect chain/ });
  await expect(drawer.getByText(/^Hop \d+$/)).toHaveText(['Hop 1', 'Hop 2']);
  await expect(drawer).toContainText('301');
  await expect(drawer).toContainText(`http://www.shop.test:${world.http.port}/landing`);
  await expect(drawer).toContainText('utm-dropped');
  await app.screenshot('online-chain-drawer');
  expect(await seriousViolations(page)).toEqual([]);
  await drawer.getByRole('button', { name: 'Close' }).click();
  await row('/secure')
    .getByRole('button', { name: /Show chain/ })
    .click();
  await expect(drawer).toContainText('https-downgrade');
  await expect(drawer).toContainText('trusted');
  await drawer.press('Escape');
  await expect(drawer).toBeHidden();
  // Focus is back on the button that opened the drawer.
  await expect(row('/secure').getByRole('button', { name: /Show chain/ })).toBeFocused();

  // Answers are cached per URL: checking again sends nothing.
  const before = sent.length;
  await online.getByRole('button', { name: /Check links online/ }).click();
  await expect(online.getByRole('status')).toContainText('3 of 3 checked');
  expect(sent.slice(before).filter((r) => r.url.endsWith('/api/links/check'))).toHaveLength(0);

  // The Markdown export carries the online results.
  const md = (await app.download('Export Markdown')).text;
  expect(md).toContain('### Online checks');
  expect(md).toContain('- Links checked: 3, of which');
  expect(md).toContain('**error** [broken-link]');

  // The Links table's Online column shows each link's final status.
  await app.openTab(/^Links/);
  const l3 = app.links.getByRole('row').filter({ hasText: '/gone' });
  await expect(l3.getByRole('cell').last()).toContainText('404');
  expect(world.http.requests.some((r) => r.path.startsWith('/ls/click'))).toBe(false);
});

test('a tracked link that reads "Unsubscribe" is sent as skip and never requested', async ({ page }) => {
  const { app, sent } = await openApp(page);
  const base = `http://www.shop.test:${world.http.port}`;
  const seenBefore = world.http.requests.length;
  await app.paste(
    `<p><a href="${base}/sale?utm_source=news&amp;utm_campaign=winter">Shop</a></p>` +
      `<p><a href="${base}/ls/click?upn=opaque-unsub">Unsubscribe</a></p>`,
  );
  await app.waitForLinks(2);
  const online = await onlineRegion(page, 'Online checks');
  await online.getByRole('button', { name: /Check links online/ }).click();
  await expect(online.getByRole('status')).toContainText('2 of 2 checked', { timeout: 20_000 });

  const body = JSON.parse(sent.find((r) => r.url.endsWith('/api/links/check'))?.body ?? '{}') as {
    urls: string[];
    skip?: string[];
  };
  expect(body.skip).toEqual([`${base}/ls/click?upn=opaque-unsub`]);
  const table = online.getByRole('table', { name: 'Link checks' });
  await expect(table.getByRole('row').filter({ hasText: 'opaque-unsub' })).toContainText('Not opened');
  await expect(table.getByRole('row').filter({ hasText: 'opaque-unsub' })).toContainText(
    'Unsubscribe links are never opened, so no one is unsubscribed by this check.',
  );
  const seen = world.http.requests.slice(seenBefore).map((r) => r.path);
  expect(seen.some((p) => p.startsWith('/sale'))).toBe(true);
  expect(world.http.requests.some((r) => r.path.includes('opaque-unsub'))).toBe(false);
});

test('the Domains panel shows planted SPF, DMARC, CNAME and certificate problems', async ({ page }) => {
  const { app, sent } = await openApp(page);
  await loadShopMessage(app);
  await app.waitForLinks(4);
  const domains = await onlineRegion(page, 'Domains');
  await expect(domains.getByLabel('Sending domain')).toHaveValue('shop.test');
  await domains.getByRole('button', { name: 'Check domains' }).click();
  const sender = domains.getByRole('group', { name: 'Sending domain' });
  await expect(sender).toContainText('spf-permissive-all', { timeout: 20_000 });
  await expect(sender).toContainText('v=spf1 ip4:192.0.2.0/24 +all');
  await expect(sender).toContainText('dmarc-policy-none');
  await expect(sender).toContainText('dkim-missing');
  await expect(sender).toContainText(`mx.shop.test (10)`);
  const tracking = domains.getByRole('group', { name: 'Tracking domains' });
  await expect(tracking).toContainText('track.other-platform.test', { timeout: 20_000 });
  await expect(tracking).toContainText('tracking-cname-mismatch');
  await expect(tracking).toContainText('tls-invalid');
  await expect(tracking).toContainText('made for another name');
  await expect(tracking).toContainText('*.sendgrid.net');
  const md = (await app.download('Export Markdown')).text;
  expect(md).toContain('- Tracking domain `click.shop.test');
  expect(md).toContain('SPF `v=spf1 ip4:192.0.2.0/24 +all`');
  expect(md).toContain('tls-invalid');
  // The same findings join the Findings list.
  await expect(app.findings).toContainText('spf-permissive-all', { timeout: 10_000 });
  await expect(app.findings).toContainText('tls-invalid');
  await onlineRegion(page, 'Domains');
  await domains.scrollIntoViewIfNeeded();
  await domains.screenshot({ path: `${OUTPUT}/online-domains-panel.png` });
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(page)).toEqual([]);

  const asked = sent.map((r) => new URL(r.url));
  expect(
    asked.some((u) => u.pathname === '/api/sender' && u.searchParams.get('domain') === 'shop.test'),
  ).toBe(true);
  expect(
    asked.some((u) => u.pathname === '/api/sender' && u.searchParams.getAll('selector').includes('s1')),
  ).toBe(true);
  expect(
    asked.some(
      (u) =>
        u.pathname === '/api/tracking-domain' &&
        u.searchParams.get('host') === `click.shop.test:${world.https.port}`,
    ),
  ).toBe(true);
  expectNothingOfTheBody(sent);
});

test('cancel stops the link checks in flight', async ({ page }) => {
  const { app } = await openApp(page);
  await app.paste(slowTemplate(world));
  await app.waitForLinks(6);
  const online = await onlineRegion(page, 'Online checks');
  const seenBefore = world.http.requests.length;
  await online.getByRole('button', { name: /Check links online \(6\)/ }).click();
  await expect(online.getByRole('status')).toContainText('0 of 6 checked');
  await online.getByRole('button', { name: 'Cancel' }).click();
  await expect(online.getByRole('status')).toContainText('cancelled');
  await expect(online.getByRole('button', { name: 'Cancel' })).toBeHidden();
  // Nothing arrives after the cancel, although the pages would have answered by now.
  await page.waitForTimeout(5_000);
  await expect(online.getByRole('status')).toContainText('0 of 6 checked — cancelled');
  await expect(online.getByRole('table', { name: 'Link checks' })).toBeHidden();
  // Closing the stream cancelled the checks on the service: the links waiting for a slot were never requested.
  const slow = world.http.requests.slice(seenBefore).filter((r) => r.path.startsWith('/slow'));
  expect(slow.length).toBeLessThan(6);
});

test('the service down: a message in words, the offline findings stay', async ({ page }) => {
  const { app } = await openApp(page);
  await page.route('**/api/**', (route) => route.abort('connectionrefused'));
  await loadShopMessage(app);
  await app.waitForLinks(4);
  await expect(app.findings).toContainText('untracked-link');
  const online = await onlineRegion(page, 'Online checks');
  await online.getByRole('button', { name: /Check links online/ }).click();
  await expect(online.getByRole('alert')).toContainText('cannot be reached', { timeout: 15_000 });
  const domains = await onlineRegion(page, 'Domains');
  await domains.getByRole('button', { name: 'Check domains' }).click();
  await expect(domains.getByRole('alert')).toContainText('cannot be reached', { timeout: 20_000 });
  await expect(app.findings).toContainText('untracked-link');
  await app.openTab(/^Links/);
  await expect(app.links).toHaveAttribute('aria-rowcount', '5');
});

test('a rate-limited service: 429 in words with the wait, no retry', async ({ page }) => {
  const strict = await world.startService({ RATE_LIMIT: '1', RATE_BURST: '1' });
  const sent: SentRequest[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) {
      sent.push({ method: request.method(), url: request.url(), body: request.postData() ?? '' });
    }
  });
  await page.goto(`${strict.url}/`);
  const app = new AppPage(page);
  await loadShopMessage(app);
  await app.waitForLinks(4);
  const online = await onlineRegion(page, 'Online checks');
  await online.getByRole('button', { name: /Check links online/ }).click();
  await expect(online.getByRole('status')).toContainText('3 of 3 checked', { timeout: 20_000 });
  const domains = await onlineRegion(page, 'Domains');
  await domains.getByRole('button', { name: 'Check domains' }).click();
  await expect(domains.getByRole('alert')).toContainText(
    /too many checks from this address\. Wait \d+ s and try again/,
    { timeout: 15_000 },
  );
  await page.waitForTimeout(1_500);
  expect(sent.filter((r) => /\/api\/(sender|tracking-domain)/.test(r.url))).toHaveLength(2);
  await expect(app.findings).toContainText('broken-link');
  strict.stop();
});

test('the opt-in automatic check runs for each new email and is remembered', async ({ page }) => {
  const { app, sent } = await openApp(page);
  await app.paste(`<p>${BODY_MARKER}</p><a href="http://www.shop.test:${world.http.port}/ok">Home</a>`);
  await app.waitForLinks(1);
  const online = await onlineRegion(page, 'Online checks');
  await expect(online.getByRole('status')).toBeHidden();
  await online.getByRole('checkbox', { name: 'Check links automatically' }).check();
  await expect(online.getByRole('status')).toContainText('1 of 1 checked', { timeout: 15_000 });
  await page.reload();
  await app.waitForLinks(1);
  await onlineRegion(page, 'Online checks');
  await expect(page.getByRole('checkbox', { name: 'Check links automatically' })).toBeChecked({
    timeout: 15_000,
  });
  // The check runs for the next email while its links table is shown (the panel is not open).
  await loadShopMessage(app);
  await app.waitForLinks(4);
  await expect(online).toBeHidden();
  await onlineRegion(page, 'Online checks');
  await expect(online.getByRole('status')).toContainText('3 of 3 checked', { timeout: 20_000 });
  expect(sent.filter((r) => r.url.endsWith('/api/links/check')).length).toBeGreaterThanOrEqual(2);
  expectNothingOfTheBody(sent);
});

test('"only decoded destinations" follows what a wrapper carries, and the finding lands on the wrapper link', async ({
  page,
}) => {
  const { app, sent } = await openApp(page);
  const destination = `http://www.shop.test:${world.http.port}/gone`;
  const wrapper = `https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent(destination)}&amp;data=x`;
  await app.paste(`<p>${BODY_MARKER}</p><a href="${wrapper}">Old offer</a>`);
  await app.waitForLinks(1);
  const online = await onlineRegion(page, 'Online checks');
  await online.getByRole('radio', { name: /Only decoded destinations/ }).check();
  await online.getByRole('button', { name: /Check links online \(1\)/ }).click();
  await expect(online.getByRole('status')).toContainText('1 of 1 checked', { timeout: 15_000 });
  const body = JSON.parse(sent.find((r) => r.url.endsWith('/api/links/check'))?.body ?? '{}') as {
    urls: string[];
  };
  expect(body.urls).toEqual([destination]);
  await expect(app.findings).toContainText('broken-link', { timeout: 10_000 });
  await app.openTab(/^Links/);
  await expect(app.links.getByRole('row').nth(1).getByRole('cell').last()).toContainText('404');
  expectNothingOfTheBody(sent);
});
