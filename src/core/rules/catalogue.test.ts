import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from './index';

/**
 * The rule catalogue holds together: the contract (docs/contracts/rules.md),
 * the registry (index.ts), one folder per rule with its implementation, test
 * and doc page, and the user-facing docs/rules.md.
 */
const RULES_DIR = fileURLToPath(new URL('.', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CONTRACT = `${REPO_ROOT}docs/contracts/rules.md`;
const USER_DOCS = `${REPO_ROOT}docs/rules.md`;
const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** The IDs and default severities of a rule table: rows `| \`id\` | severity | … |` or `| [\`id\`](doc) | severity | … |`. */
function specTable(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/^\|\s*\[?`([^`]+)`(?:\]\([^)]*\))?\s*\|\s*(\w+)\s*\|/gm))
    out.set(m[1] ?? '', m[2] ?? '');
  return out;
}

interface CatalogueEntry {
  id: string;
  defaultSeverity: string;
  scope: 'offline' | 'online';
}

/** The contract's rules: the tables of its "Offline rules" and "Online rules" sections. */
function contractCatalogue(): CatalogueEntry[] {
  const text = readFileSync(CONTRACT, 'utf8');
  const out: CatalogueEntry[] = [];
  for (const section of text.split(/^## /m)) {
    const scope = section.startsWith('Offline rules')
      ? 'offline'
      : section.startsWith('Online rules')
        ? 'online'
        : null;
    if (!scope) continue;
    for (const [id, defaultSeverity] of specTable(section)) out.push({ id, defaultSeverity, scope });
  }
  return out;
}

const CATALOGUE = contractCatalogue();

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

describe('rule catalogue', () => {
  it('lists unique kebab-case IDs (the contract and the registry)', () => {
    const catalogue = CATALOGUE.map((e) => e.id);
    const registered = rules.map((r) => r.id);
    expect(duplicates(catalogue)).toEqual([]);
    expect(duplicates(registered)).toEqual([]);
    expect([...catalogue, ...registered].filter((id) => !KEBAB.test(id))).toEqual([]);
  });

  it('has every contract ID registered, with its default severity and kind', () => {
    const byId = new Map(rules.map((r) => [r.id, r]));
    const missing = CATALOGUE.filter((e) => !byId.has(e.id)).map((e) => e.id);
    expect(missing, 'rule IDs of docs/contracts/rules.md with no registered rule').toEqual([]);
    const wrong = CATALOGUE.flatMap((e) => {
      const r = byId.get(e.id);
      if (!r) return [];
      const problems: string[] = [];
      if (r.defaultSeverity !== e.defaultSeverity) {
        problems.push(
          `${e.id}: default ${r.defaultSeverity}, docs/contracts/rules.md says ${e.defaultSeverity}`,
        );
      }
      if (r.kind !== e.scope)
        problems.push(`${e.id}: ${r.kind} rule, docs/contracts/rules.md lists it as ${e.scope}`);
      return problems;
    });
    expect(wrong).toEqual([]);
  });

  it('gives every registered rule a folder with implementation, test and doc page', async () => {
    const problems: string[] = [];
    for (const rule of rules) {
      const base = `${RULES_DIR}${rule.id}/${rule.id}`;
      for (const ext of ['.ts', '.test.ts', '.md']) {
        if (!existsSync(base + ext)) problems.push(`${rule.id}: missing ${rule.id}/${rule.id}${ext}`);
      }
      if (existsSync(`${base}.md`) && !/^# \S/.test(readFileSync(`${base}.md`, 'utf8'))) {
        problems.push(`${rule.id}: ${rule.id}.md does not start with a "# " title`);
      }
      if (existsSync(`${base}.ts`)) {
        const mod = (await import(/* @vite-ignore */ `./${rule.id}/${rule.id}.ts`)) as Record<
          string,
          unknown
        >;
        if (!Object.values(mod).includes(rule))
          problems.push(`${rule.id}: ${rule.id}.ts does not export this rule`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('registers every rule folder', () => {
    const registered = new Set(rules.map((r) => r.id));
    const folders = readdirSync(RULES_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(`${RULES_DIR}${d.name}/${d.name}.ts`))
      .map((d) => d.name);
    expect(
      folders.filter((f) => !registered.has(f)),
      'rule folders missing from the registry',
    ).toEqual([]);
  });

  it('reads both tables of the contract', () => {
    expect(CATALOGUE.filter((e) => e.scope === 'offline').length).toBeGreaterThan(20);
    expect(CATALOGUE.filter((e) => e.scope === 'online').length).toBeGreaterThan(20);
  });

  it('documents every rule in docs/rules.md, linked to its doc page', () => {
    const docs = readFileSync(USER_DOCS, 'utf8');
    const rows = specTable(docs);
    const ids = new Set([...CATALOGUE.map((e) => e.id), ...rules.map((r) => r.id)]);
    expect(
      [...ids].filter((id) => !rows.has(id)),
      'rules missing from docs/rules.md',
    ).toEqual([]);
    expect(
      [...rows.keys()].filter((id) => !ids.has(id)),
      'docs/rules.md lists unknown rules',
    ).toEqual([]);
    const unlinked = [...ids].filter((id) => !docs.includes(`(../src/core/rules/${id}/${id}.md)`));
    expect(unlinked, 'rules without a link to their doc page').toEqual([]);
    const wrongSeverity = CATALOGUE.filter((e) => rows.get(e.id) !== e.defaultSeverity).map((e) => e.id);
    expect(wrongSeverity).toEqual([]);
  });
});
