import { spawn } from 'node:child_process';
import { CLI_MAIN as MAIN, TSX } from './testing/peak-rss';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** For tests: runs the real CLI entry in a child process (node + tsx), feeding `stdin` when given. */
export function runCli(
  args: readonly string[],
  stdin?: string | Uint8Array,
  env: Record<string, string> = {},
  cwd?: string,
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, MAIN, ...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(cwd !== undefined ? { cwd } : {}),
      env: { ...process.env, NO_COLOR: '1', ...env },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
    child.stdin.on('error', () => undefined); // the CLI may exit before reading all of a refused input
    child.stdin.end(stdin ?? '');
  });
}
