import type { Page } from '@playwright/test';

/**
 * Runs hostile HTML through the app the way a user would (pasted into the
 * `Email HTML` box) and records anything that escapes: a dialog, a script
 * that ran (it sets `__xss` on a window), a request (everything but the app's
 * own origin is blocked and counted; the preview may make none at all), or a
 * navigation of the page or the preview.
 */
export interface VectorOutcome {
  name: string;
  rendered: boolean;
  dialogs: string[];
  requests: string[];
  scriptRan: boolean;
  liveScripts: number;
  navigated: boolean;
  /** Loads the preview's CSP had to refuse: the sanitiser should have removed them first. */
  cspBlocked: string[];
}

export interface Guard {
  origin: string;
  dialogs: string[];
  requests: string[];
  cspBlocked: string[];
  reset(): void;
}

/** Blocks every request that is not for the app's own origin and counts it; dismisses and counts dialogs. */
export async function guardPage(page: Page, origin: string): Promise<Guard> {
  const guard: Guard = {
    origin,
    dialogs: [],
    requests: [],
    cspBlocked: [],
    reset() {
      guard.dialogs = [];
      guard.requests = [];
      guard.cspBlocked = [];
    },
  };
  // The CSP is the second wall: a load it refuses got past the sanitiser. Not counted: the inline
  // handlers and <base> of the inert document the sanitiser parses into (it inherits the page's
  // policy and never runs or loads anything; what survives sanitising is counted below).
  page.on('console', (message) => {
    const text = message.text();
    if (!/violates the following Content Security Policy/i.test(text)) return;
    const inert =
      message.location().url.startsWith(`${origin}/`) &&
      /^(Executing inline event handler|Setting the document's base URI)/.test(text);
    if (!inert) guard.cspBlocked.push(text);
  });
  await page.context().route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url === origin) return route.continue();
    guard.requests.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('request', (request) => {
    // The preview document may not load anything at all, not even from the app's origin.
    if (request.frame() !== page.mainFrame() && !request.url().startsWith('data:'))
      guard.requests.push(request.url());
  });
  page.on('dialog', (dialog) => {
    guard.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('popup', (popup) => {
    guard.requests.push(`popup ${popup.url()}`);
    void popup.close();
  });
  return guard;
}

/** Wraps a payload in an email so it is read as HTML, with a sentinel paragraph. */
export function asEmail(payload: string, n: number): string {
  return `<!DOCTYPE html><html><head><title>vector ${n}</title></head><body><p id="eli-sentinel-${n}">vector ${n}</p>\n${payload}\n</body></html>`;
}

async function previewLoads(page: Page): Promise<number> {
  return page.evaluate(() =>
    Number(document.querySelector('[data-preview-load]')?.getAttribute('data-preview-load') ?? 0),
  );
}

/** Pastes one payload and records what escaped. `interact` clicks every link and control in the preview. */
export async function runVector(
  page: Page,
  guard: Guard,
  name: string,
  html: string,
  options: { interact: boolean; settleMs: number },
): Promise<VectorOutcome> {
  guard.reset();
  // The clicks on the last email's links opened the page's own popover (and may have hit a button in
  // it that opens a dialog): close them so the box takes the next email.
  for (let i = 0; i < 3 && (await page.getByRole('dialog').count()) > 0; i++)
    await page.keyboard.press('Escape');
  const before = await previewLoads(page);
  const appUrl = page.url();
  await page.getByRole('textbox', { name: 'Email HTML' }).fill(html);
  let rendered = true;
  try {
    await page.waitForFunction(
      (n) =>
        Number(document.querySelector('[data-preview-load]')?.getAttribute('data-preview-load') ?? 0) > n,
      before,
      { timeout: 10_000 },
    );
  } catch {
    rendered = false;
  }
  const frame = page.frameLocator('iframe[title="Email preview"]');
  if (rendered && options.interact) {
    const targets = frame.locator('[data-link-id], button, input, select, textarea, summary, label');
    const count = Math.min(await targets.count(), 20);
    for (let i = 0; i < count; i++) {
      await targets
        .nth(i)
        .click({ timeout: 1000, force: true })
        .catch(() => undefined);
      await targets
        .nth(i)
        .click({ timeout: 1000, force: true, button: 'middle' })
        .catch(() => undefined);
    }
  }
  await page.waitForTimeout(options.settleMs);
  const state = await page.evaluate(() => {
    const iframe = document.querySelector<HTMLIFrameElement>('iframe[title="Email preview"]');
    const win = iframe?.contentWindow as (Window & { __xss?: unknown }) | null | undefined;
    const doc = iframe?.contentDocument;
    let handlers = 0;
    for (const el of doc?.querySelectorAll('*') ?? []) {
      for (const attr of el.attributes) if (/^on/i.test(attr.name)) handlers++;
    }
    return {
      top: (window as Window & { __xss?: unknown }).__xss !== undefined,
      frame: win?.__xss !== undefined,
      frameUrl: iframe?.contentWindow?.location.href ?? 'about:srcdoc',
      scripts: (doc?.querySelectorAll('script').length ?? 0) + handlers,
    };
  });
  return {
    name,
    rendered,
    dialogs: [...guard.dialogs],
    requests: [...guard.requests],
    scriptRan: state.top || state.frame,
    liveScripts: state.scripts,
    navigated: page.url() !== appUrl || state.frameUrl !== 'about:srcdoc',
    cspBlocked: [...guard.cspBlocked],
  };
}

/** True when nothing escaped. */
export function isClean(outcome: VectorOutcome): boolean {
  return (
    outcome.dialogs.length === 0 &&
    outcome.requests.length === 0 &&
    !outcome.scriptRan &&
    outcome.liveScripts === 0 &&
    !outcome.navigated &&
    outcome.cspBlocked.length === 0
  );
}
