/**
 * `npm run eval -- <folder> [options]`: the judged real-mail eval.
 *
 * Runs the offline analysis over every .eml/.html/.htm file under <folder> and
 * prints precision per rule and overall (errors; warnings+errors) against the
 * judgements, recall on the listed misses, platform and tracking-domain
 * detection rates, and the warnings/errors nobody judged yet.
 *
 *   --judgements FILE      verdicts (default eval/judgements.tsv)
 *   --expected FILE        expectations (default eval/expected.tsv)
 *   --write-unjudged FILE  write the unjudged warnings/errors as TSV rows to judge
 *   --files                also print one line per file (mode, platform, tracking, counts)
 *   --gate                 exit 1 when error precision < 95%, warning+error
 *                          precision < 97%, anything is unjudged or a file crashed
 *
 * Files are keyed by their path relative to <folder>. Nothing is fetched.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyseFolder, formatScore, gateFailures, score } from './eval/run-eval';
import { cell, parseExpectations, parseJudgements, TsvError } from './eval/tsv';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Args {
  folder: string;
  judgements: string;
  expected: string;
  writeUnjudged: string | null;
  files: boolean;
  gate: boolean;
}

function parseArgs(argv: string[]): Args | string {
  let folder: string | null = null;
  const args: Omit<Args, 'folder'> = {
    judgements: `${ROOT}eval/judgements.tsv`,
    expected: `${ROOT}eval/expected.tsv`,
    writeUnjudged: null,
    files: false,
    gate: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const value = (): string | null => argv[++i] ?? null;
    if (a === '--gate') args.gate = true;
    else if (a === '--files') args.files = true;
    else if (a === '--judgements' || a === '--expected' || a === '--write-unjudged') {
      const v = value();
      if (v === null) return `${a} needs a file`;
      if (a === '--judgements') args.judgements = v;
      else if (a === '--expected') args.expected = v;
      else args.writeUnjudged = v;
    } else if (a.startsWith('-')) return `unknown option ${a}`;
    else if (folder === null) folder = a;
    else return `one folder only (got ${folder} and ${a})`;
  }
  if (folder === null)
    return 'usage: npm run eval -- <folder> [--gate] [--judgements F] [--expected F] [--write-unjudged F] [--files]';
  return { folder, ...args };
}

function readTable(path: string): string {
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(`eval: ${args}`);
    return 2;
  }
  if (!existsSync(args.folder) || !statSync(args.folder).isDirectory()) {
    console.error(`eval: ${args.folder} is not a folder`);
    return 2;
  }
  let judgements, expectations;
  try {
    judgements = parseJudgements(readTable(args.judgements), args.judgements);
    expectations = parseExpectations(readTable(args.expected), args.expected);
  } catch (e) {
    if (e instanceof TsvError) {
      console.error(`eval: ${e.message}`);
      return 2;
    }
    throw e;
  }
  const results = await analyseFolder(args.folder);
  if (args.files) {
    for (const r of results) {
      const counts = new Map<string, number>();
      for (const f of r.findings)
        counts.set(`${f.rule}:${f.severity[0]}`, (counts.get(`${f.rule}:${f.severity[0]}`) ?? 0) + 1);
      const context = r.failure
        ? `failed (${r.failure})`
        : `${r.mode} esp=${r.esp ?? '-'} tracking=${r.trackingDomains.join(',') || '-'} links=${r.links}`;
      console.log(`${r.file}  ${context}  ${[...counts].map(([k, n]) => `${k}×${n}`).join(' ')}`);
    }
    console.log('');
  }
  const s = score(results, judgements, expectations);
  console.log(`${results.length} files under ${args.folder}\n`);
  console.log(formatScore(s));
  if (args.writeUnjudged) {
    const rows = s.unjudged.map((f) =>
      [f.file, f.link, f.rule, '?', cell(`${f.severity}: ${f.message}`).slice(0, 240)].join('\t'),
    );
    writeFileSync(args.writeUnjudged, rows.length ? `${rows.join('\n')}\n` : '');
    console.log(
      `\nWrote ${rows.length} unjudged findings to ${args.writeUnjudged} (verdict "?": judge them, then add them to the judgements).`,
    );
  }
  if (args.gate) {
    const failures = gateFailures(s);
    if (failures.length > 0) {
      console.log(`\nGATE FAILED: ${failures.join('; ')}`);
      return 1;
    }
    console.log('\nGate passed.');
  }
  return s.crashes.length > 0 ? 1 : 0;
}

process.exitCode = await main();
