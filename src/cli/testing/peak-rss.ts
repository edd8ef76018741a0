import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The CLI entry, and tsx's loader by its path (so the child may run in any folder); runCli uses them too. */
export const CLI_MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
export const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const PRELOAD = pathToFileURL(fileURLToPath(new URL('./max-rss-preload.mjs', import.meta.url))).href;

export interface PeakRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Peak resident set size of the child, in bytes (null when it died before writing it). */
  peakRss: number | null;
  /** Bytes written to standard output (the output itself is not kept). */
  stdoutBytes: number;
  /** The first 4 KB of standard output, to check its shape. */
  stdoutHead: string;
  stderr: string;
}

/**
 * Runs `node [nodeArgs] --import tsx script [args]` and reports its peak RSS
 * (from process.resourceUsage() at exit). Standard output is counted, not
 * kept, so the parent's memory does not grow with it.
 */
export async function runWithPeakRss(
  script: string,
  args: readonly string[],
  nodeArgs: readonly string[] = [],
): Promise<PeakRun> {
  const dir = await mkdtemp(join(tmpdir(), 'eli-rss-'));
  const file = join(dir, 'max-rss');
  try {
    const { code, signal, stdoutBytes, stdoutHead, stderr } = await new Promise<Omit<PeakRun, 'peakRss'>>(
      (resolve, reject) => {
        const child = spawn(
          process.execPath,
          [...nodeArgs, '--import', TSX, '--import', PRELOAD, script, ...args],
          {
            stdio: ['ignore', 'pipe', 'pipe'],
            env: { ...process.env, NO_COLOR: '1', MAX_RSS_FILE: file, NODE_OPTIONS: '' },
          },
        );
        let bytes = 0;
        let head = '';
        const err: Buffer[] = [];
        child.stdout.on('data', (d: Buffer) => {
          if (head.length < 4096) head += d.toString('utf8', 0, Math.min(d.length, 4096 - head.length));
          bytes += d.length;
        });
        child.stderr.on('data', (d: Buffer) => err.push(d));
        child.on('error', reject);
        child.on('close', (c, s) =>
          resolve({
            code: c,
            signal: s,
            stdoutBytes: bytes,
            stdoutHead: head,
            stderr: Buffer.concat(err).toString('utf8'),
          }),
        );
      },
    );
    const peak = await readFile(file, 'utf8').then(Number, () => null);
    return { code, signal, peakRss: peak, stdoutBytes, stdoutHead, stderr };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
