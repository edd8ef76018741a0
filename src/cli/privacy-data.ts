import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { loadPrivacyEngines } from '../core/privacy/load-privacy-engines';
import type { DataVersions, PrivacyEngines } from '../core/privacy/privacy-engines';
import { APPLE_DATA_VERSION } from '../core/data/apple-link-tracking-protection';

/**
 * The privacy engines in Node (CLI, scripts): Ghostery's engine file read from
 * the installed `@ghostery/trackerdb` package, once per process, only when a
 * check needs it. `@ghostery/trackerdb` exports no file paths, so its folder
 * is found from its entry point.
 */
const require = createRequire(import.meta.url);

function packageRoot(entry: string, levels: number): string {
  let dir = dirname(require.resolve(entry));
  for (let i = 0; i < levels; i++) dir = dirname(dir);
  return dir;
}

async function versionOf(root: string): Promise<string | null> {
  try {
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : null;
  } catch {
    return null;
  }
}

/** `@ghostery/trackerdb`'s entry is `dist/cjs/index.js`: its root is two folders up. */
const trackerdbRoot = (): string => packageRoot('@ghostery/trackerdb', 2);

export async function nodeDataVersions(): Promise<DataVersions> {
  const [trackerdb, adblocker, tidyUrl] = await Promise.all([
    versionOf(trackerdbRoot()),
    versionOf(dirname(require.resolve('@ghostery/adblocker/package.json'))),
    versionOf(dirname(require.resolve('@protontech/tidy-url/package.json'))),
  ]);
  return { trackerdb, adblocker, tidyUrl, appleLinkTrackingProtection: APPLE_DATA_VERSION };
}

/** Engines of their own (nothing cached from earlier answers): for measuring. */
export async function loadFreshNodePrivacyEngines(): Promise<PrivacyEngines> {
  const [bytes, versions] = await Promise.all([
    readFile(join(trackerdbRoot(), 'dist', 'trackerdb.engine')),
    nodeDataVersions(),
  ]);
  return loadPrivacyEngines(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), versions);
}

let loading: Promise<PrivacyEngines> | null = null;

/** The engines of this process, loaded on first use. */
export function loadNodePrivacyEngines(): Promise<PrivacyEngines> {
  loading ??= loadFreshNodePrivacyEngines();
  return loading;
}
