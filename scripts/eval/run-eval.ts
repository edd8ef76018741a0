/**
 * The judged real-mail eval: runs the offline analysis over every `.eml`,
 * `.html` and `.htm` file under a folder, then scores the findings against
 * hand-made judgements and expectations (see ./tsv.ts and eval/README.md).
 *
 * It never fetches anything: real mail holds live tracking and phishing links.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { loadNodePrivacyEngines } from '../../src/cli/privacy-data';
import type { Severity } from '../../src/core/types';
import { findingKey, type Expectation, type Judgement } from './tsv';

export interface EvalFinding {
  file: string;
  /** Link id, or `@line:column` for findings without a link. */
  link: string;
  rule: string;
  severity: Severity;
  message: string;
}

export interface FileResult {
  file: string;
  kind: 'html' | 'eml';
  /** Hand-written edge cases (a path segment starting with `synthetic`): reported apart. */
  synthetic: boolean;
  mode: string | null;
  esp: string | null;
  trackingDomains: string[];
  links: number;
  findings: EvalFinding[];
  /** Why the file was not analysed (refused input or an exception). */
  failure: string | null;
  /** An exception escaped or a rule failed. */
  crashed: boolean;
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.isFile() && /\.(eml|html?)$/i.test(entry.name)) out.push(path);
  }
  return out.sort();
}

function isSynthetic(rel: string): boolean {
  return rel.split('/').some((segment) => segment.startsWith('synthetic'));
}

export async function analyseFolder(folder: string): Promise<FileResult[]> {
  const results: FileResult[] = [];
  // The privacy data, as the CLI and the app load it, so tracker-blocked and param-stripped are judged too.
  const privacy = await loadNodePrivacyEngines();
  for (const path of await walk(folder)) {
    const file = relative(folder, path).split(sep).join('/');
    const kind = /\.eml$/i.test(file) ? 'eml' : 'html';
    const base = { file, kind, synthetic: isSynthetic(file) } as const;
    const empty = { mode: null, esp: null, trackingDomains: [], links: 0, findings: [] };
    let result;
    try {
      result = await analyze(new Uint8Array(await readFile(path)), { name: file, kind, privacy });
    } catch (e) {
      results.push({ ...base, ...empty, failure: e instanceof Error ? e.message : String(e), crashed: true });
      continue;
    }
    if (!result.ok) {
      results.push({
        ...base,
        ...empty,
        failure: `${result.error.code}: ${result.error.message}`,
        crashed: false,
      });
      continue;
    }
    const report = result.report;
    results.push({
      ...base,
      mode: report.mode,
      esp: report.esp,
      trackingDomains: report.trackingDomains,
      links: report.links.length,
      findings: report.findings.map((f) => ({
        file,
        link: f.link ?? `@${f.line}:${f.column}`,
        rule: f.rule,
        severity: f.severity,
        message: f.message,
      })),
      failure: null,
      crashed: report.findings.some((f) => f.rule === 'internal-error'),
    });
  }
  return results;
}

export interface Tally {
  right: number;
  wrong: number;
  unjudged: number;
}

const tally = (): Tally => ({ right: 0, wrong: 0, unjudged: 0 });

/** right / (right + wrong), or null when nothing is judged. */
export function precision(t: Tally): number | null {
  const judged = t.right + t.wrong;
  return judged === 0 ? null : t.right / judged;
}

export interface Figures {
  errors: Tally;
  warningsAndErrors: Tally;
  byRule: Map<string, { errors: Tally; warnings: Tally }>;
}

export interface RateLine {
  file: string;
  expected: string;
  got: string;
  hit: boolean;
}

export interface Score {
  real: Figures;
  synthetic: Figures;
  unjudged: EvalFinding[];
  /** Judgements whose finding is no longer reported. */
  gone: { right: Judgement[]; wrong: Judgement[]; warning: Judgement[] };
  recall: RateLine[];
  platform: RateLine[];
  trackingDomain: RateLine[];
  crashes: string[];
  refused: string[];
}

function figures(): Figures {
  return { errors: tally(), warningsAndErrors: tally(), byRule: new Map() };
}

export function score(results: FileResult[], judgements: Judgement[], expectations: Expectation[]): Score {
  const verdicts = new Map<string, Judgement>();
  for (const j of judgements) verdicts.set(findingKey(j.file, j.link, j.rule), j);
  const seen = new Set<string>();
  const s: Score = {
    real: figures(),
    synthetic: figures(),
    unjudged: [],
    gone: { right: [], wrong: [], warning: [] },
    recall: [],
    platform: [],
    trackingDomain: [],
    crashes: results.filter((r) => r.crashed).map((r) => `${r.file}: ${r.failure ?? 'a rule failed'}`),
    refused: results.filter((r) => !r.crashed && r.failure).map((r) => `${r.file}: ${r.failure}`),
  };
  for (const r of results) {
    const fig = r.synthetic ? s.synthetic : s.real;
    for (const f of r.findings) {
      if (f.severity === 'info') continue;
      const key = findingKey(f.file, f.link, f.rule);
      seen.add(key);
      const j = verdicts.get(key);
      const outcome: keyof Tally = !j
        ? 'unjudged'
        : j.verdict === 'warning'
          ? f.severity === 'error'
            ? 'wrong'
            : 'right'
          : j.verdict;
      if (!j) s.unjudged.push(f);
      let perRule = fig.byRule.get(f.rule);
      if (!perRule) fig.byRule.set(f.rule, (perRule = { errors: tally(), warnings: tally() }));
      fig.warningsAndErrors[outcome]++;
      if (f.severity === 'error') {
        fig.errors[outcome]++;
        perRule.errors[outcome]++;
      } else perRule.warnings[outcome]++;
    }
  }
  const analysed = new Set(results.map((r) => r.file));
  for (const j of judgements) {
    if (analysed.has(j.file) && !seen.has(findingKey(j.file, j.link, j.rule))) s.gone[j.verdict].push(j);
  }
  const byFile = new Map(results.map((r) => [r.file, r]));
  for (const e of expectations) {
    const r = byFile.get(e.file);
    if (!r) continue; // not in this folder
    if (e.what === 'platform') {
      const want = e.value === '-' ? null : e.value;
      s.platform.push({ file: e.file, expected: e.value, got: r.esp ?? '-', hit: r.esp === want });
    } else if (e.what === 'tracking-domain') {
      const got = r.trackingDomains.map((d) => d.toLowerCase());
      const hit = e.value === '-' ? got.length === 0 : got.includes(e.value.toLowerCase());
      s.trackingDomain.push({ file: e.file, expected: e.value, got: got.join(',') || '-', hit });
    } else {
      const found = r.findings.filter((f) => f.rule === e.value && (e.link === '*' || f.link === e.link));
      s.recall.push({
        file: e.file,
        expected: `${e.value} ${e.link}${e.note ? ` (${e.note})` : ''}`,
        got: found.map((f) => `${f.severity} ${f.link}`).join(', ') || 'not reported',
        hit: found.length > 0,
      });
    }
  }
  return s;
}

export interface GateLimits {
  errorPrecision: number;
  warningPrecision: number;
}

const GATE: GateLimits = { errorPrecision: 0.95, warningPrecision: 0.97 };

/** Why the gate fails, one line each; empty when it passes. */
export function gateFailures(s: Score, limits: GateLimits = GATE): string[] {
  const out: string[] = [];
  const e = precision(s.real.errors);
  const we = precision(s.real.warningsAndErrors);
  if (e !== null && e < limits.errorPrecision) {
    out.push(`error precision ${pct(e)} is below ${pct(limits.errorPrecision)}`);
  }
  if (we !== null && we < limits.warningPrecision) {
    out.push(`warning+error precision ${pct(we)} is below ${pct(limits.warningPrecision)}`);
  }
  if (s.unjudged.length > 0) out.push(`${s.unjudged.length} warnings/errors are not judged`);
  if (s.crashes.length > 0) out.push(`${s.crashes.length} files crashed the analysis`);
  return out;
}

function pct(x: number | null): string {
  return x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`;
}

function ratio(t: Tally): string {
  return `${pct(precision(t))} (${t.right}/${t.right + t.wrong}${t.unjudged ? `, ${t.unjudged} unjudged` : ''})`;
}

function rate(lines: RateLine[]): string {
  const hits = lines.filter((l) => l.hit).length;
  return `${hits}/${lines.length} ${pct(lines.length ? hits / lines.length : null)}`;
}

function figureLines(title: string, f: Figures): string[] {
  const out = [
    `== ${title}`,
    `errors           ${ratio(f.errors)}`,
    `warnings+errors  ${ratio(f.warningsAndErrors)}`,
  ];
  out.push('', 'rule                         errors                 warnings');
  for (const [rule, t] of [...f.byRule].sort((a, b) => a[0].localeCompare(b[0]))) {
    const cellOf = (x: Tally) => (x.right + x.wrong + x.unjudged === 0 ? '-' : ratio(x));
    out.push(`${rule.padEnd(28)} ${cellOf(t.errors).padEnd(22)} ${cellOf(t.warnings)}`);
  }
  return out;
}

export function formatScore(s: Score): string {
  const out: string[] = [];
  out.push(...figureLines('Precision on real mail (right / judged)', s.real));
  if (
    s.synthetic.warningsAndErrors.right +
      s.synthetic.warningsAndErrors.wrong +
      s.synthetic.warningsAndErrors.unjudged >
    0
  ) {
    out.push(
      '',
      ...figureLines('Precision on hand-written edge cases (reported apart, not gated)', s.synthetic),
    );
  }
  out.push('', `== Recall on listed misses  ${rate(s.recall)}`);
  for (const l of s.recall) out.push(`${l.hit ? 'ok  ' : 'MISS'} ${l.file}  ${l.expected}  -> ${l.got}`);
  out.push('', `== Platform detection  ${rate(s.platform)}`);
  for (const l of s.platform.filter((x) => !x.hit))
    out.push(`MISS ${l.file}  expected ${l.expected}, got ${l.got}`);
  out.push('', `== Tracking-domain detection  ${rate(s.trackingDomain)}`);
  for (const l of s.trackingDomain.filter((x) => !x.hit)) {
    out.push(`MISS ${l.file}  expected ${l.expected}, got ${l.got}`);
  }
  out.push(
    '',
    `== Judged findings no longer reported: ${s.gone.wrong.length} wrong (false alarms removed), ${s.gone.right.length + s.gone.warning.length} right (lost)`,
  );
  for (const j of [...s.gone.right, ...s.gone.warning])
    out.push(`LOST ${j.file} ${j.link} ${j.rule}  (${j.reason})`);
  out.push('', `== Unjudged warnings and errors: ${s.unjudged.length}`);
  for (const f of s.unjudged.slice(0, 50)) out.push(`${f.file}\t${f.link}\t${f.rule}\t${f.severity}`);
  if (s.unjudged.length > 50)
    out.push(`… and ${s.unjudged.length - 50} more (write them out with --write-unjudged FILE)`);
  if (s.refused.length) out.push('', `Refused: ${s.refused.length}`, ...s.refused.map((x) => `  ${x}`));
  if (s.crashes.length) out.push('', `CRASHES: ${s.crashes.length}`, ...s.crashes.map((x) => `  ${x}`));
  return out.join('\n');
}
