/**
 * `npm run bench:memory`: the CLI's peak memory on large emails. For each
 * size (SIZES, default 1,6,12,15 MB) a realistic marketing email is
 * generated, then three processes run one after another and their peak RSS
 * is printed: node doing nothing (the floor), a bare parse5 parse of the
 * file with source locations (the baseline: what holding one parsed copy of
 * the email costs), and `check FILE --format json` to a pipe that discards
 * it. All three run under tsx, so the loader is in every figure. Prints the
 * CLI's peak over the baseline's and over the floor. MAX_OLD_SPACE=N also
 * runs the CLI with --max-old-space-size=N and prints whether it finished.
 * Asserts nothing.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEmail } from '../src/core/scale/realistic-email.test-helpers';
import { CLI_MAIN, runWithPeakRss } from '../src/cli/testing/peak-rss';

const SIZES_MB = (process.env['SIZES'] ?? '1,6,12,15').split(',').map(Number);
const MAX_OLD_SPACE = process.env['MAX_OLD_SPACE'];
const BASELINE = fileURLToPath(new URL('../src/cli/testing/parse5-baseline.ts', import.meta.url));
const IDLE = fileURLToPath(new URL('../src/cli/testing/idle.ts', import.meta.url));

const mb = (bytes: number | null): string => (bytes === null ? '?' : `${(bytes / 1048576).toFixed(0)} MB`);
const ratio = (a: number | null, b: number | null): string =>
  a === null || b === null || b === 0 ? '?' : `${(a / b).toFixed(2)}x`;

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'eli-bench-memory-'));
  try {
    const idle = await runWithPeakRss(IDLE, []);
    console.log(`node idle (with tsx): ${mb(idle.peakRss)}`);
    console.log('size   | file   | parse5+loc | check --format json | json out | vs parse5 | vs idle');
    for (const size of SIZES_MB) {
      const file = join(dir, `email-${size}mb.html`);
      const html = buildEmail(size * 1024 * 1024);
      await writeFile(file, html);
      const baseline = await runWithPeakRss(BASELINE, [file]);
      const cli = await runWithPeakRss(CLI_MAIN, ['check', file, '--format', 'json']);
      if (cli.code !== 0 && cli.code !== 1) throw new Error(`check failed on ${size} MB: ${cli.stderr}`);
      console.log(
        `${String(size).padStart(3)} MB | ${mb(Buffer.byteLength(html)).padStart(6)} | ${mb(baseline.peakRss).padStart(10)} | ${mb(cli.peakRss).padStart(19)} | ${mb(cli.stdoutBytes).padStart(8)} | ${ratio(cli.peakRss, baseline.peakRss).padStart(9)} | ${ratio(cli.peakRss, idle.peakRss)}`,
      );
      if (MAX_OLD_SPACE !== undefined) {
        const bounded = await runWithPeakRss(
          CLI_MAIN,
          ['check', file, '--format', 'json'],
          [`--max-old-space-size=${MAX_OLD_SPACE}`],
        );
        console.log(
          `       with --max-old-space-size=${MAX_OLD_SPACE}: exit ${bounded.code ?? bounded.signal}, peak ${mb(bounded.peakRss)} (${ratio(bounded.peakRss, baseline.peakRss)} of parse5)`,
        );
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
