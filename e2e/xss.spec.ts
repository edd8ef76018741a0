import { expect, test } from '@playwright/test';
import { XSS_VECTORS } from './fixtures/xss-vectors';
import { guardPage, isClean, runVector, asEmail, type VectorOutcome } from './xss-harness';

test('every XSS vector of our fixture set, pasted into the app, triggers no dialog, no script and no request', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const guard = await guardPage(page, new URL(baseURL ?? 'http://127.0.0.1').origin);
  await page.goto('/');
  const outcomes: VectorOutcome[] = [];
  for (const [n, vector] of XSS_VECTORS.entries()) {
    outcomes.push(
      await runVector(page, guard, vector.name, asEmail(vector.html, n), { interact: true, settleMs: 150 }),
    );
  }
  // Everything at once too: one email holding all vectors.
  const all = XSS_VECTORS.map((v) => v.html).join('\n');
  outcomes.push(
    await runVector(page, guard, 'all vectors in one email', asEmail(all, 999), {
      interact: true,
      settleMs: 500,
    }),
  );
  const escaped = outcomes.filter((o) => !isClean(o));
  expect(escaped, JSON.stringify(escaped, null, 2)).toEqual([]);
  expect(
    outcomes.filter((o) => !o.rendered).map((o) => o.name),
    'vectors whose preview never rendered',
  ).toEqual([]);

  // And with remote images on: only images may load then (blocked here and counted), never scripts.
  await page.getByRole('button', { name: 'Load remote images' }).click();
  await expect(page.getByRole('button', { name: 'Load remote images' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const withImages = await runVector(page, guard, 'all vectors, remote images on', asEmail(all, 1000), {
    interact: false,
    settleMs: 500,
  });
  expect(withImages.dialogs).toEqual([]);
  expect(withImages.scriptRan).toBe(false);
  expect(withImages.liveScripts).toBe(0);
  // Images from the app's own origin (a relative URL) are never loaded, remote images on or not.
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const notImages = withImages.requests.filter(
    (u) => !/\.(png|gif)$|\?leak=/.test(u) || u.startsWith(origin),
  );
  expect(notImages).toEqual([]);
  expect(withImages.cspBlocked).toEqual([]);
});
