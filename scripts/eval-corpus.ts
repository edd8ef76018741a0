/**
 * `npm run eval`: runs the offline analysis over every file of the shared
 * corpus (../shared/corpus, or CORPUS_DIR) and prints, per file, the links
 * and findings by rule, and for messages the detected mode, platform and
 * tracking domains; then totals. Crashes (exceptions escaping analyze, or a
 * rule failing) must be 0: the exit status is 1 when there are any.
 *
 * It never fetches anything: the corpus holds live phishing links.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/core/analyze';
import type { Report } from '../src/core/types';

const CORPUS = process.env['CORPUS_DIR'] ?? fileURLToPath(new URL('../../shared/corpus', import.meta.url));

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out.sort();
}

/** Templates and messages as themselves; payload lists and docs (xss/, ssrf/, *.md, *.txt) read as HTML. */
function kindOf(rel: string): 'html' | 'eml' | null {
  if (/(^|\/)SOURCES\.md$/.test(rel)) return null;
  if (/\.eml$/i.test(rel)) return 'eml';
  return 'html';
}

function byRule(report: Report): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of report.findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return counts;
}

/** A URL whose path or query holds a long opaque token, as click-tracking redirects do. */
function looksTracked(url: string): boolean {
  try {
    const u = new URL(url);
    return /[A-Za-z0-9_-]{24,}/.test(u.pathname + u.search);
  } catch {
    return false;
  }
}

/** The host most web links go to, with its count. */
function dominantHost(urls: ReadonlyArray<string | null>): { host: string; count: number } | null {
  const counts = new Map<string, number>();
  for (const url of urls) {
    if (url === null) continue;
    try {
      const host = new URL(url).hostname;
      counts.set(host, (counts.get(host) ?? 0) + 1);
    } catch {
      // not a URL: not counted
    }
  }
  let best: { host: string; count: number } | null = null;
  for (const [host, count] of counts) if (!best || count > best.count) best = { host, count };
  return best;
}

function formatCounts(counts: Map<string, number>): string {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([rule, n]) => `${rule}×${n}`)
    .join(' ');
}

async function main(): Promise<number> {
  if (!existsSync(CORPUS)) {
    console.log(`No corpus at ${CORPUS}: nothing to evaluate (set CORPUS_DIR to point at one).`);
    return 0;
  }
  const files = await walk(CORPUS);
  const totals = new Map<string, number>();
  const totalsBySeverity = { error: 0, warning: 0, info: 0 };
  const crashes: string[] = [];
  const refused: string[] = [];
  const slow: string[] = [];
  let analysed = 0;
  let links = 0;
  const emlLines: string[] = [];
  /** Messages whose tracking context looks wrong to a person reading the links. */
  const suspects: string[] = [];

  for (const file of files) {
    const rel = relative(CORPUS, file);
    const kind = kindOf(rel);
    if (kind === null) continue;
    const data = new Uint8Array(await readFile(file));
    const started = performance.now();
    let result;
    try {
      result = await analyze(data, { name: rel, kind });
    } catch (e) {
      crashes.push(`${rel}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      console.log(`${rel}  CRASH`);
      continue;
    }
    const ms = performance.now() - started;
    if (ms > 1000) slow.push(`${rel} (${Math.round(ms)} ms)`);
    if (!result.ok) {
      refused.push(`${rel}: ${result.error.code}: ${result.error.message}`);
      console.log(`${rel}  refused (${result.error.code})`);
      continue;
    }
    analysed++;
    const report = result.report;
    links += report.links.length;
    const counts = byRule(report);
    for (const [rule, n] of counts) totals.set(rule, (totals.get(rule) ?? 0) + n);
    for (const f of report.findings) totalsBySeverity[f.severity]++;
    for (const f of report.findings) {
      if (f.rule === 'internal-error') crashes.push(`${rel}: ${f.message}`);
    }
    const { errors, warnings, infos } = report.summary;
    const context =
      report.input.kind === 'eml'
        ? `  ${report.mode} esp=${report.esp ?? '-'} tracking=${report.trackingDomains.join(',') || '-'}`
        : `  ${report.mode}`;
    console.log(
      `${rel}${context}  links=${report.links.length}  E${errors} W${warnings} I${infos}  ${formatCounts(counts)}`,
    );
    if (report.input.kind === 'eml') {
      const web = report.links.filter((l) => l.kind === 'web');
      const tracked = web.filter((l) => l.tracked === true).length;
      emlLines.push(
        `${rel}\n    mode=${report.mode} esp=${report.esp ?? '-'} tracking=${report.trackingDomains.join(',') || '-'} web links tracked ${tracked}/${web.length}`,
      );
      // A host most links go to through opaque tokens smells like a click tracker nobody recognised.
      const dominant = dominantHost(
        web.map((l) => l.url).filter((u): u is string => u !== null && looksTracked(u)),
      );
      if (
        report.trackingDomains.length === 0 &&
        dominant &&
        web.length >= 3 &&
        dominant.count / web.length >= 0.6
      ) {
        suspects.push(
          `${rel}: ${dominant.host} carries ${dominant.count}/${web.length} web links but is not taken as a tracking domain`,
        );
      }
      if (report.trackingDomains.length > 1) {
        suspects.push(
          `${rel}: ${report.trackingDomains.length} tracking domains: ${report.trackingDomains.join(', ')}`,
        );
      }
    }
  }

  console.log('\n== Messages: detected mode, platform and tracking domains');
  for (const line of emlLines) console.log(line);
  console.log('\n== Tracking context worth a look');
  for (const line of suspects) console.log(line);
  console.log('\n== Totals by rule');
  for (const [rule, n] of [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    console.log(`${String(n).padStart(6)}  ${rule}`);
  }
  console.log(
    `\n${files.length} files, ${analysed} analysed, ${refused.length} refused, ${crashes.length} crashes; ${links} links; ` +
      `${totalsBySeverity.error} errors, ${totalsBySeverity.warning} warnings, ${totalsBySeverity.info} infos`,
  );
  if (refused.length > 0) console.log(`Refused:\n  ${refused.join('\n  ')}`);
  if (slow.length > 0) console.log(`Slow (> 1 s):\n  ${slow.join('\n  ')}`);
  if (crashes.length > 0) console.log(`CRASHES:\n  ${crashes.join('\n  ')}`);
  return crashes.length > 0 ? 1 : 0;
}

process.exitCode = await main();
