import { execFile } from 'node:child_process';
import { access, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { version as packageVersion } from '../../package.json';

/**
 * The package as users get it: `npm pack` (which builds through `prepack`),
 * then a plain install of the tarball into an empty folder without
 * devDependencies, then the installed `email-link-inspector` command run on
 * files there. Reaches the npm registry (or npm's cache) for the
 * dependencies, as any install does; nothing else.
 */
const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MINUTES = 60_000;

describe('npm pack → npm install → email-link-inspector', () => {
  let dir = '';
  let bin = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'eli-pack-'));
    const packed = await run('npm', ['pack', '--json', '--pack-destination', dir], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    // `prepack` builds first, and the build's own output may hold a `[`: the JSON is the array that starts a line.
    const start = packed.stdout.search(/^\[\s*\{/m);
    const [info] = JSON.parse(packed.stdout.slice(start)) as Array<{ filename: string }>;
    const tarball = join(dir, info?.filename ?? '');
    const app = join(dir, 'app');
    await mkdir(app);
    await writeFile(join(app, 'package.json'), '{ "name": "pack-install-test", "private": true }\n');
    await run('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline', tarball], {
      cwd: app,
      maxBuffer: 64 * 1024 * 1024,
    });
    bin = join(app, 'node_modules', '.bin', 'email-link-inspector');
    await mkdir(join(app, 'emails'));
    await writeFile(join(app, 'emails', 'a.html'), '<p><a href="/pricing">Prices</a></p>\n');
    await writeFile(join(app, 'emails', 'b.html'), '<p><a href="https://shop.example/">Shop</a></p>\n');
  }, 15 * MINUTES);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('installs without devDependencies', async () => {
    const modules = join(dir, 'app', 'node_modules');
    await expect(
      access(join(modules, 'email-link-inspector', 'dist', 'node', 'cli.js')),
    ).resolves.toBeUndefined();
    await expect(
      access(join(modules, 'email-link-inspector', 'dist', 'node', 'cli-worker.js')),
    ).resolves.toBeUndefined();
    for (const dev of ['vitest', 'tsx', 'typescript', 'vite', '@playwright/test']) {
      await expect(access(join(modules, dev)), dev).rejects.toThrow();
    }
  });

  it('the installed command checks a file, a folder (worker pool) and prints its version', async () => {
    const cwd = join(dir, 'app');
    const version = await run(bin, ['--version'], { cwd });
    // The bundle carries package.json's version (inlined at build time), not a copy kept by hand.
    expect(version.stdout.split('\n')[0]).toBe(packageVersion);

    const one = await run(bin, ['check', 'emails/b.html', '--format', 'json'], { cwd });
    expect((JSON.parse(one.stdout) as { input: { name: string } }).input.name).toBe('emails/b.html');

    const failed = await run(bin, ['check', 'emails', '--format', 'csv'], { cwd }).catch(
      (e: { code: number; stdout: string }) => e,
    );
    expect('code' in failed ? failed.code : 0).toBe(1);
    expect(failed.stdout).toContain('emails/a.html,L1,');
    expect(failed.stdout).toContain('emails/b.html,L1,');
  });
});
