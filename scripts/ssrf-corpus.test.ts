import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// Our own payloads; a larger list (a folder of .txt files) can be given to the script as its argument.
const corpus = join(process.cwd(), 'scripts/fixtures/ssrf');

describe('npm run ssrf:corpus', () => {
  it('refuses every SSRF payload of the folder, and the canary counts zero', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', join(process.cwd(), 'scripts/ssrf-corpus.ts'), corpus],
      { timeout: 60_000 },
    );
    const m = /refused (\d+)\/(\d+); canary connections: (\d+)/.exec(stdout);
    expect(m, stdout).not.toBeNull();
    expect(Number(m?.[2])).toBeGreaterThan(10);
    expect(m?.[1]).toBe(m?.[2]);
    expect(m?.[3]).toBe('0');
    expect(stdout).not.toContain('NOT REFUSED');
  });

  it('says so when the folder is missing', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        join(process.cwd(), 'scripts/ssrf-corpus.ts'),
        join(process.cwd(), 'no-such-corpus'),
      ],
      { timeout: 60_000 },
    );
    expect(stdout).toContain('not found, skipping');
  });
});
