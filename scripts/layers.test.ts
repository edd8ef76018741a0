import { execFile } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * The layer check (dependency-cruiser with .dependency-cruiser.cjs, run by
 * `npm run lint:layers`) really fails on a bad import: a probe file is put
 * inside a layer, importing a layer above it, and the check must name the
 * broken rule. The probe is removed afterwards.
 */
vi.setConfig({ testTimeout: 120_000 });

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);

async function cruise(file: string): Promise<{ code: number; out: string }> {
  try {
    const r = await run(
      'npx',
      ['depcruise', file, '--config', '.dependency-cruiser.cjs', '--output-type', 'err'],
      {
        cwd: ROOT,
      },
    );
    return { code: 0, out: r.stdout + r.stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? 1, out: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

const probes: string[] = [];
afterEach(async () => {
  for (const p of probes.splice(0)) await rm(`${ROOT}${p}`, { force: true });
});

async function probe(path: string, source: string): Promise<string> {
  probes.push(path);
  await writeFile(`${ROOT}${path}`, source);
  return path;
}

describe('the layer check', () => {
  it.each([
    [
      'core/url imports core/extract',
      'src/core/url/layer-probe.ts',
      "import { classifyHref } from '../extract/classify-href';\nexport const probe = classifyHref;\n",
      'url-is-lowest',
    ],
    [
      'the core imports the service',
      'src/core/esp/layer-probe.ts',
      "import { loadConfig } from '../../server/config';\nexport const probe = loadConfig;\n",
      'core-is-inner',
    ],
    [
      'an app feature imports another feature',
      'src/app/features/export/layer-probe.ts',
      "import { NO_FILTER } from '../links/link-filter';\nexport const probe = NO_FILTER;\n",
      'features-apart',
    ],
    [
      'the core imports a Node built-in',
      'src/core/url/layer-probe.ts',
      "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n",
      'core-is-pure',
    ],
  ])('fails when %s', async (_what, path, source, rule) => {
    const result = await cruise(await probe(path, source));
    expect(result.code).not.toBe(0);
    expect(result.out).toContain(rule);
  });

  it('passes a feature importing its own files and the shared lib', async () => {
    const file = await probe(
      'src/app/features/links/layer-probe.ts',
      "import { NO_FILTER } from './link-filter';\nimport { indexOf } from '../../lib/report-index';\nexport const probe = [NO_FILTER, indexOf];\n",
    );
    expect((await cruise(file)).code).toBe(0);
  });

  it('passes an import down the layers', async () => {
    const file = await probe(
      'src/core/extract/layer-probe.ts',
      "import { cleanHref } from '../url/clean-href';\nexport const probe = cleanHref;\n",
    );
    expect((await cruise(file)).code).toBe(0);
  });
});
