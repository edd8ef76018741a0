import { dirname, relative, resolve } from 'node:path';
import { lilconfig, type LilconfigResult } from 'lilconfig';
import { parseSettings, SETTINGS_FILE_NAME, type Settings } from '../core/config/settings';

/**
 * Finds and reads the settings file the way ESLint and Prettier find theirs:
 * from the checked file's folder upwards, the first of these in each folder.
 * JSON only: a settings file never runs code, and the app reads the same file.
 */
const CONFIG_SEARCH_PLACES = [
  'package.json',
  '.email-link-inspectorrc',
  '.email-link-inspectorrc.json',
  SETTINGS_FILE_NAME,
  '.config/email-link-inspectorrc',
  '.config/email-link-inspectorrc.json',
  `.config/${SETTINGS_FILE_NAME}`,
];

export type ConfigResult =
  { ok: true; settings: Settings; file: string | null } | { ok: false; message: string };

class ConfigSyntaxError extends Error {}

function jsonLoader(filepath: string, content: string): unknown {
  if (content.trim() === '') return null;
  try {
    return JSON.parse(content) as unknown;
  } catch (e) {
    throw new ConfigSyntaxError(
      `${shown(filepath)}: not valid JSON (${e instanceof Error ? e.message : String(e)}).`,
    );
  }
}

const explorer = lilconfig('email-link-inspector', {
  searchPlaces: CONFIG_SEARCH_PLACES,
  packageProp: 'email-link-inspector',
  loaders: { '.json': jsonLoader, noExt: jsonLoader },
  // Up to the file system's root, as ESLint and Prettier look.
  stopDir: resolve('/'),
});

/** The settings for a file in `dir` (the nearest settings file above it), or none. */
export async function findConfig(dir: string, ruleIds: readonly string[]): Promise<ConfigResult> {
  return settle(() => explorer.search(dir), ruleIds);
}

/** The settings of an explicit `--config FILE`. */
export async function loadConfigFile(file: string, ruleIds: readonly string[]): Promise<ConfigResult> {
  return settle(() => explorer.load(resolve(file)), ruleIds, file);
}

/** The folder whose settings apply to an input (`-` reads from the working folder). */
export function configDirFor(file: string): string {
  return file === '-' ? process.cwd() : dirname(resolve(file));
}

async function settle(
  find: () => Promise<LilconfigResult>,
  ruleIds: readonly string[],
  explicit?: string,
): Promise<ConfigResult> {
  let found: LilconfigResult;
  try {
    found = await find();
  } catch (e) {
    if (e instanceof ConfigSyntaxError) return { ok: false, message: e.message };
    const code = (e as NodeJS.ErrnoException).code;
    const where = explicit ?? 'settings file';
    if (code === 'ENOENT') return { ok: false, message: `${where}: no such settings file.` };
    return {
      ok: false,
      message: `${where}: cannot be read (${code ?? (e instanceof Error ? e.message : String(e))}).`,
    };
  }
  if (found === null) return { ok: true, settings: {}, file: null };
  const name = shown(found.filepath);
  if (found.isEmpty === true || found.config === null || found.config === undefined) {
    return { ok: true, settings: {}, file: found.filepath };
  }
  const parsed = parseSettings(found.config, ruleIds);
  if (!parsed.ok) {
    const inPackage = found.filepath.endsWith('package.json') ? '"email-link-inspector".' : '';
    return { ok: false, message: `${name}: ${inPackage}${parsed.key} ${parsed.message}.` };
  }
  return { ok: true, settings: parsed.settings, file: found.filepath };
}

/** A path as the user would recognise it: relative to the working folder when inside it. */
function shown(filepath: string): string {
  const rel = relative(process.cwd(), filepath);
  return rel !== '' && !rel.startsWith('..') ? rel : filepath;
}
