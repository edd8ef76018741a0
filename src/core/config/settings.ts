import { z } from 'zod';
import type { Mode, SeveritySetting } from '../types';

/**
 * The settings file (`email-link-inspector.config.json` and its rc spellings):
 * the CLI finds it beside the checked file or above, the app imports and
 * exports it. Keys are named after the CLI's options. Pure: no file system.
 */
export type FailOn = 'error' | 'warning' | 'never';

export interface Settings {
  trackingDomains?: string[];
  allowUntracked?: string[];
  rules?: Record<string, SeveritySetting>;
  mode?: Mode;
  failOn?: FailOn;
}

export const SETTINGS_FILE_NAME = 'email-link-inspector.config.json';
const SETTINGS_KEYS = ['trackingDomains', 'allowUntracked', 'rules', 'mode', 'failOn'] as const;

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; key: string; message: string };

const HOST_NAME =
  /^(?=.{1,253}\.?$)(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.?$/i;

const host = (what: string) =>
  z
    .string({ error: `must be a ${what} in quotes` })
    .trim()
    .refine((v) => HOST_NAME.test(v), { error: (i) => `"${String(i.input)}" is not a ${what}` })
    .transform((v) => v.toLowerCase().replace(/\.$/, ''));

function schema(ruleIds: readonly string[]) {
  const ids = new Set(ruleIds);
  return z.strictObject({
    $schema: z.string().optional(),
    trackingDomains: z
      .array(host('host name (like click.example.com)'), { error: 'must be a list of host names' })
      .optional(),
    allowUntracked: z
      .array(host('domain name (like example.com)'), { error: 'must be a list of domain names' })
      .optional(),
    rules: z
      .record(
        z.string(),
        z.enum(['off', 'info', 'warning', 'error'], { error: 'must be "off", "info", "warning" or "error"' }),
        { error: 'must be an object of rule ID → "off" | "info" | "warning" | "error"' },
      )
      .superRefine((value, ctx) => {
        for (const id of Object.keys(value)) {
          if (!ids.has(id)) {
            ctx.addIssue({
              code: 'custom',
              path: [id],
              message: `unknown rule "${id}"; rule IDs: ${[...ids].sort().join(', ')}`,
            });
          }
        }
      })
      .optional(),
    mode: z.enum(['sent', 'template'], { error: 'must be "sent" or "template"' }).optional(),
    failOn: z
      .enum(['error', 'warning', 'never'], { error: 'must be "error", "warning" or "never"' })
      .optional(),
  });
}

/**
 * A parsed JSON value → settings, or the first problem: the key it is at
 * (`rules.untracked-link`, `trackingDomains[1]`) and what is wrong, in words.
 */
export function parseSettings(value: unknown, ruleIds: readonly string[]): SettingsResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      key: '(top level)',
      message: 'must be a JSON object like {"trackingDomains": [...]}',
    };
  }
  const parsed = schema(ruleIds).safeParse(value);
  if (parsed.success) {
    const { $schema: _ignored, ...settings } = parsed.data;
    return { ok: true, settings: settings as Settings };
  }
  const issue = parsed.error.issues[0];
  if (!issue) return { ok: false, key: '(top level)', message: 'is not valid' };
  if (issue.code === 'unrecognized_keys') {
    const key = [...issue.path.map(String), issue.keys[0] ?? ''].join('.');
    const near = closest(issue.keys[0] ?? '');
    return {
      ok: false,
      key,
      message: `unknown key${near ? ` (did you mean "${near}"?)` : ''}; the keys are ${SETTINGS_KEYS.join(', ')}`,
    };
  }
  return { ok: false, key: keyPath(issue.path), message: issue.message };
}

/** The settings as the file writes them: only the keys that are set, in a stable order. */
export function settingsToJson(settings: Settings): string {
  const out: Record<string, unknown> = {};
  for (const key of SETTINGS_KEYS) {
    const v = settings[key];
    if (v === undefined) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    if (key === 'rules' && Object.keys(v).length === 0) continue;
    out[key] = v;
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}

function keyPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out === '' ? '' : '.'}${String(p)}`;
  return out === '' ? '(top level)' : out;
}

/** A known key one or two edits away (a typo, a singular), or null. */
function closest(key: string): string | null {
  const k = key.toLowerCase();
  for (const known of SETTINGS_KEYS) {
    const c = known.toLowerCase();
    if (c === k || c === `${k}s` || `${c}s` === k || c.replace(/-/g, '') === k.replace(/[-_]/g, ''))
      return known;
  }
  return null;
}
