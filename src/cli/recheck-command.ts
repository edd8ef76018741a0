import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import {
  formatRecheckMarkdown,
  formatRecheckText,
  hasOnlineResults,
  recheck,
  type RecheckResult,
} from '../core/recheck/recheck';
import { planOnline } from '../core/analyze';
import type { Report } from '../core/types';
import { unusable, type CheckOutcome } from './check-command';
import { cliDeps, collectFacts } from './online';
import { onlineChecks } from './online-checks';
import { argvProblem } from './parse-args';

export interface RecheckCliOptions {
  file: string;
  format: 'text' | 'json' | 'md';
  dnsServers: string[];
  allowHosts: string[];
  tlsDays: number;
}

const OPTIONS = {
  format: { type: 'string' },
  'dns-server': { type: 'string', multiple: true },
  'allow-host': { type: 'string', multiple: true },
  'tls-days': { type: 'string' },
} as const;

export function parseRecheckArgs(
  argv: readonly string[],
): { ok: true; options: RecheckCliOptions } | { ok: false; message: string } {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    return { ok: false, message: argvProblem(e) };
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    return {
      ok: false,
      message: 'recheck takes one REPORT.json (made by `check FILE --online --format json`)',
    };
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'md') {
    return { ok: false, message: `Unknown --format "${format}": recheck writes text, json or md` };
  }
  const tlsDays = values['tls-days'] === undefined ? 14 : Number(values['tls-days']);
  if (!Number.isInteger(tlsDays) || tlsDays < 0 || tlsDays > 365) {
    return {
      ok: false,
      message: `--tls-days "${values['tls-days'] ?? ''}" is not a whole number of days (0–365)`,
    };
  }
  return {
    ok: true,
    options: {
      file: positionals[0] ?? '',
      format,
      dnsServers: values['dns-server'] ?? [],
      allowHosts: values['allow-host'] ?? [],
      tlsDays,
    },
  };
}

/** Enough of a report to re-check: the shape is checked, the rest is taken as the CLI wrote it. */
const savedReport = z.looseObject({
  version: z.literal(1),
  input: z.looseObject({ name: z.string() }),
  esp: z.string().nullable(),
  trackingDomains: z.array(z.string()),
  links: z.array(z.looseObject({ id: z.string(), kind: z.string(), url: z.string().nullable() })),
});
const savedFile = z.union([
  savedReport,
  z.looseObject({ version: z.literal(1), files: z.array(z.looseObject({ report: savedReport })) }),
]);

/**
 * `recheck REPORT.json`: the links, tracking domains and sender domains of a
 * saved `check --online` report checked again through the same online path;
 * prints what changed. Exit 1 on a regression, 0 when nothing got worse, 2
 * when the report is unusable.
 */
export async function runRecheck(
  options: RecheckCliOptions,
  env: Record<string, string | undefined>,
): Promise<CheckOutcome> {
  let text: string;
  try {
    text = await readFile(options.file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return unusable(
      `${options.file}: ${code === 'ENOENT' ? 'no such file.' : `cannot be read (${code ?? String(e)}).`}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return unusable(
      `${options.file}: not JSON; recheck reads the report of \`check FILE --online --format json\`.`,
    );
  }
  const parsed = savedFile.safeParse(json);
  if (!parsed.success) {
    return unusable(
      `${options.file}: not a JSON report of email-link-inspector (made by \`check FILE --online --format json\`).`,
    );
  }
  const data = parsed.data as { files?: Array<{ report: unknown }> };
  const reports = (data.files ? data.files.map((f) => f.report) : [parsed.data]) as Report[];
  if (!reports.some(hasOnlineResults)) {
    return unusable(
      `${options.file}: has no online results to compare with; make it with \`check FILE --online --format json\`.`,
    );
  }
  const deps = cliDeps({ dnsServers: options.dnsServers, allowHosts: options.allowHosts }, env);
  if (!deps.ok) return unusable(deps.message);

  const results: RecheckResult[] = [];
  for (const report of reports) {
    const facts = await collectFacts(planOnline(report), onlineChecks, deps.deps);
    results.push(recheck(report, facts, { tlsDays: options.tlsDays }));
  }
  const regressed = results.some((r) => r.summary.regressions > 0);
  const stdout =
    options.format === 'json'
      ? `${JSON.stringify(results.length === 1 ? results[0] : { version: 1, files: results }, null, 2)}\n`
      : results.map(options.format === 'md' ? formatRecheckMarkdown : formatRecheckText).join('\n');
  return { exitCode: regressed ? 1 : 0, stdout, stderr: '' };
}
