import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEmail } from '../core/scale/realistic-email.test-helpers';
import { CLI_MAIN, runWithPeakRss } from './testing/peak-rss';

/**
 * The CLI on an email at the top of the 11–15 MB range that once took 1.8–2.4
 * GB: with V8's old space capped at 256 MB it must still finish and write its
 * whole JSON report (the report is streamed out, without each link's raw
 * attribute copy). Before that, it ran out of memory under this cap.
 * `npm run bench:memory` prints the peak RSS for 1, 6, 12 and 15 MB.
 */
let dir: string;
let file: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'eli-memory-'));
  file = join(dir, 'large.html');
  await writeFile(file, buildEmail(15 * 1024 * 1024));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the CLI on a 15 MB email', () => {
  it('writes the whole JSON report with --max-old-space-size=256', { timeout: 300_000 }, async () => {
    const run = await runWithPeakRss(
      CLI_MAIN,
      ['check', file, '--format', 'json'],
      ['--max-old-space-size=256'],
    );
    expect(run.signal).toBeNull();
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.code);
    expect(run.stdoutHead.startsWith('{\n  "version": 1,\n  "input": {')).toBe(true);
    // About 40,000 links and their findings: tens of megabytes of JSON, all of it written.
    expect(run.stdoutBytes).toBeGreaterThan(40 * 1024 * 1024);
  });
});
