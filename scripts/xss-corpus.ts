/**
 * `npm run xss:corpus`: the corpus's XSS payloads (DOMPurify's test fixtures
 * and the PayloadsAllTheThings lists in the folder given as its argument) pasted into the
 * real app one by one, exactly as e2e/xss.spec.ts does with our own fixture
 * set: every request but the app's own is blocked and counted, dialogs are
 * counted, and a payload that ran script or navigated is reported. Skips
 * (exit 0) when the corpus is not there. XSS_LIMIT=N runs the first N only;
 * XSS_INTERACT=1 also clicks every link and control of each preview.
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { asEmail, guardPage, isClean, runVector, type VectorOutcome } from '../e2e/xss-harness';
import { startAppServer } from './app-server';

const CORPUS = process.argv[2] ?? process.env['CORPUS_DIR'] ?? '';
if (CORPUS === '') {
  console.error('usage: npm run xss:corpus -- DIR (a folder of payload lists, one payload a line)');
  process.exit(2);
}

async function payloads(): Promise<Array<{ name: string; payload: string }>> {
  const out: Array<{ name: string; payload: string }> = [];
  const files = (await readdir(CORPUS)).sort();
  for (const file of files) {
    const text = await readFile(join(CORPUS, file), 'utf8');
    if (file.endsWith('.json')) {
      const cases = JSON.parse(text) as Array<{ title?: string; payload?: unknown }>;
      cases.forEach((c, i) => {
        if (typeof c.payload === 'string')
          out.push({ name: `${file}#${i} ${c.title ?? ''}`, payload: c.payload });
      });
    } else if (file.endsWith('.txt')) {
      text.split(/\r?\n/).forEach((line, i) => {
        if (line.trim()) out.push({ name: `${file}:${i + 1}`, payload: line });
      });
    } else if (file.endsWith('.md')) {
      // The README's code blocks: one payload a line.
      let inCode = false;
      text.split(/\r?\n/).forEach((line, i) => {
        if (line.startsWith('```')) inCode = !inCode;
        else if (inCode && line.trim()) out.push({ name: `${file}:${i + 1}`, payload: line });
      });
    }
  }
  const seen = new Set<string>();
  return out.filter((p) => !seen.has(p.payload) && seen.add(p.payload));
}

async function main(): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.log(`skipped: no corpus at ${CORPUS}`);
    return;
  }
  const list = (await payloads()).slice(0, Number(process.env['XSS_LIMIT'] ?? Infinity));
  const server = await startAppServer(Number(process.env['XSS_PORT'] ?? 4791));
  const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const outcomes: VectorOutcome[] = [];
  try {
    const page = await browser.newPage();
    const guard = await guardPage(page, server.origin);
    await page.goto(server.origin);
    await page.getByRole('textbox', { name: 'Email HTML' }).waitFor();
    const interact = process.env['XSS_INTERACT'] === '1';
    for (const [n, { name, payload }] of list.entries()) {
      outcomes.push(await runVector(page, guard, name, asEmail(payload, n), { interact, settleMs: 60 }));
      if ((n + 1) % 100 === 0) console.log(`  ${n + 1}/${list.length}`);
    }
  } finally {
    await browser.close();
    server.stop();
  }
  const escaped = outcomes.filter((o) => !isClean(o));
  const unrendered = outcomes.filter((o) => !o.rendered);
  await mkdir('e2e/.output', { recursive: true });
  await writeFile('e2e/.output/xss-corpus.json', JSON.stringify({ escaped, unrendered }, null, 2));
  console.log(
    `${outcomes.length} corpus payloads pasted into the app: ${escaped.length} escaped (dialog, script, request or navigation), ${unrendered.length} not rendered within 10 s`,
  );
  for (const o of escaped) console.log(`  ESCAPED ${o.name}: ${JSON.stringify(o)}`);
  if (escaped.length) process.exitCode = 1;
}

await main();
