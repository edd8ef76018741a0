import { stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** The files a folder or glob brings in: email templates and messages. */
const EMAIL_EXTENSIONS = ['html', 'htm', 'eml'] as const;
const IGNORED = ['**/node_modules/**', '**/.git/**'];

export type InputsResult =
  | {
      ok: true;
      files: string[];
      /** More than one input, or a folder or glob: the combined report shapes apply. */
      many: boolean;
    }
  | { ok: false; message: string };

/**
 * The inputs as given (paths, folders, globs, or `-`) → the files to read, in
 * a stable order: each argument in turn, a folder's or glob's matches sorted,
 * a file named twice read once. A folder brings its .html, .htm and .eml
 * files, at any depth (node_modules and .git left out).
 */
export async function expandInputs(args: readonly string[], cwd = process.cwd()): Promise<InputsResult> {
  if (args.length === 1 && args[0] === '-') return { ok: true, files: ['-'], many: false };
  const files: string[] = [];
  const seen = new Set<string>();
  let many = args.length > 1;
  const add = (file: string): void => {
    const key = resolve(cwd, file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const arg of args) {
    const kind = await kindOf(resolve(cwd, arg));
    if (kind === 'file') {
      add(arg);
      continue;
    }
    if (kind === 'dir') {
      many = true;
      const found = await matches(
        [`${escapeGlob(arg.replace(/[\\/]+$/, ''))}/**/*.{${EMAIL_EXTENSIONS.join(',')}}`],
        cwd,
      );
      if (found.length === 0)
        return { ok: false, message: `${arg} is a directory without .html, .htm or .eml files in it.` };
      found.forEach(add);
      continue;
    }
    if (isDynamicPattern(arg)) {
      many = true;
      const found = await matches([arg], cwd);
      if (found.length === 0) return { ok: false, message: `${arg}: no files match.` };
      found.forEach(add);
      continue;
    }
    // Neither a file, a folder nor a pattern: reading it says why (no such file, permission denied).
    add(arg);
  }
  return { ok: true, files, many };
}

async function kindOf(path: string): Promise<'file' | 'dir' | null> {
  try {
    const s = await stat(path);
    return s.isDirectory() ? 'dir' : 'file';
  } catch {
    return null;
  }
}

async function matches(patterns: string[], cwd: string): Promise<string[]> {
  const absolute = patterns.some((p) => isAbsolute(p));
  const found = await glob(patterns, {
    cwd,
    absolute,
    onlyFiles: true,
    ignore: IGNORED,
    expandDirectories: false,
  });
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A folder name taken literally inside a glob (brackets, braces, stars in real names). */
function escapeGlob(path: string): string {
  return path.replace(/[*?[\]{}()!+@\\]/g, (c) => (c === '\\' ? '/' : `\\${c}`));
}
