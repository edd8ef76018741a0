/**
 * `npm run bench:many`: `check FOLDER` over FILES generated templates (default
 * 120, each with LINKS links, default 300), with the worker pool at one
 * thread per core and with `--jobs 1` (the same pool, one worker), alternating,
 * ROUNDS times (default 3), in the same run. Runs the built CLI
 * (dist/node/cli.js, `npm run build` first) so startup is the installed one.
 * Prints each wall time, the medians and their ratio.
 */
import { execFile } from 'node:child_process';
import { access, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FILES = Number(process.env['FILES'] ?? 120);
const LINKS = Number(process.env['LINKS'] ?? 300);
const ROUNDS = Number(process.env['ROUNDS'] ?? 3);
const CLI = fileURLToPath(new URL('../dist/node/cli.js', import.meta.url));

function template(i: number): string {
  const rows: string[] = ['<html><body><table>'];
  for (let j = 0; j < LINKS; j++) {
    const href =
      j % 17 === 0
        ? `/relative/${i}/${j}`
        : `https://shop.example.com/p/${i}/${j}?utm_source=news&utm_medium=email&utm_campaign=c${i % 3}`;
    rows.push(
      `<tr><td><a href="${href}" style="color:#06c">Product ${j} of mail ${i}</a> <img src="https://img.example.com/${j}.png" alt="item ${j}"></td></tr>`,
    );
  }
  rows.push('</table></body></html>', '');
  return rows.join('\n');
}

function time(args: string[]): Promise<number> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CLI, ...args], { maxBuffer: 512 * 1024 * 1024 }, (error) => {
      // Exit 1 (findings) is expected; anything else is a failed run.
      if (error && error.code !== 1) reject(error);
      else resolve(performance.now() - start);
    });
  });
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function main(): Promise<void> {
  try {
    await access(CLI);
  } catch {
    throw new Error('dist/node/cli.js is missing: run `npm run build` first');
  }
  const dir = await mkdtemp(join(tmpdir(), 'eli-bench-many-'));
  try {
    await mkdir(join(dir, 'templates'));
    for (let i = 0; i < FILES; i++)
      await writeFile(join(dir, 'templates', `mail-${String(i).padStart(4, '0')}.html`), template(i));
    const folder = join(dir, 'templates');
    const cores = availableParallelism();
    console.log(`${FILES} templates × ${LINKS} links; ${cores} cores; ${ROUNDS} rounds, alternating`);
    const pool: number[] = [];
    const one: number[] = [];
    await time(['check', folder, '--format', 'json']); // warm the file cache
    for (let r = 0; r < ROUNDS; r++) {
      one.push(await time(['check', folder, '--format', 'json', '--jobs', '1']));
      pool.push(await time(['check', folder, '--format', 'json']));
      console.log(
        `round ${r + 1}: --jobs 1 ${one.at(-1)?.toFixed(0)} ms, pool (${cores}) ${pool.at(-1)?.toFixed(0)} ms`,
      );
    }
    const a = median(one);
    const b = median(pool);
    console.log(
      `median: --jobs 1 ${a.toFixed(0)} ms, pool ${b.toFixed(0)} ms; speed-up ×${(a / b).toFixed(2)}`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
