import { writeFile } from 'node:fs/promises';
import { analyzeHtml } from '../core/analyze';
import { fixAllSafe } from '../core/fix/compute-fixes';
import { composeEdits, patchOfEdits, takenEdits } from '../core/edit/edit-patch';
import { mainDomain } from '../core/fix/main-domain';
import { applyEdits } from '../core/edit/text-edit';
import { planUtm } from '../core/fix/utm-builder';
import { readInput } from '../core/input/read-input';
import type { CheckOutcome } from './check-command';
import type { FixOptions } from './parse-fix-args';

/**
 * `fix FILE`: applies every safe fix (or those of --only) and the --utm plan,
 * then prints a unified diff, or with --write writes the result (an .eml's
 * fixed HTML part goes to NAME.fixed.html; the message itself is not rewritten).
 */
export async function runFix(
  options: FixOptions,
  source: { name: string; data: Uint8Array },
  write: (path: string, text: string) => Promise<void> = (p, t) => writeFile(p, t, 'utf8'),
): Promise<CheckOutcome> {
  const read = await readInput(source.data, { name: source.name });
  if (!read.ok) return { exitCode: 2, stdout: '', stderr: `email-link-inspector: ${read.error.message}\n` };
  const input = read.input;
  const context = { kind: input.kind, bytes: input.bytes, sender: input.sender, headers: input.headers };
  const analyzeOptions =
    options.trackingDomains.length > 0 ? { trackingDomains: options.trackingDomains } : {};
  const only = options.only.length > 0 ? new Set(options.only) : undefined;

  const fixed = fixAllSafe(input.html, analyzeOptions, context, only);
  let html = fixed.html;
  let edits = fixed.edits;
  const lines: string[] = [];
  const byRule = new Map<string, number>();
  for (const f of fixed.applied) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);

  if (options.utm) {
    const report = analyzeHtml(html, analyzeOptions, context);
    const domains =
      options.utmDomains.length > 0
        ? options.utmDomains
        : [mainDomain(report.links)].filter((d): d is string => d !== null);
    const plan = planUtm(report, { ...options.utm, domains });
    const chosen: Record<string, string> = {
      utm_source: options.utm.source,
      utm_medium: options.utm.medium,
      utm_campaign: options.utm.campaign,
    };
    for (const [key, values] of Object.entries(plan.existing)) {
      const now = chosen[key];
      if (values.length > 1 && now !== undefined) {
        const was = values.map((v) => `"${v.value}" (${v.links} link${v.links === 1 ? '' : 's'})`).join(', ');
        lines.push(`${key} was ${was}; now "${now}" everywhere.`);
      }
    }
    const utmEdits = plan.fixes.flatMap((f) => f.edits);
    edits = composeEdits(html, edits, takenEdits(html, utmEdits));
    html = applyEdits(html, utmEdits).text;
    if (plan.fixes.length > 0) byRule.set('utm-builder', plan.fixes.length);
  }

  const summary = [...byRule].map(([rule, n]) => `${rule} ×${n}`).join(', ');
  lines.unshift(html === input.html ? 'Nothing to fix.' : `Fixed: ${summary}.`);
  const offered = fixed.offered.filter((f) => !only || only.has(f.rule));
  if (offered.length > 0) {
    lines.push(
      `Not applied (they change what a link does; check each): ${offered.map((f) => `${f.rule} on ${f.link ?? 'the email'}`).join(', ')}.`,
    );
  }

  const target = input.kind === 'eml' ? source.name.replace(/(\.eml)?$/i, '.fixed.html') : source.name;
  if (options.write) {
    if (html !== input.html || input.kind === 'eml') {
      try {
        await write(target, html);
      } catch (e) {
        return {
          exitCode: 2,
          stdout: '',
          stderr: `email-link-inspector: cannot write ${target}: ${e instanceof Error ? e.message : String(e)}\n`,
        };
      }
      lines.push(`Wrote ${target}.`);
    }
    return { exitCode: 0, stdout: '', stderr: `${lines.join('\n')}\n` };
  }
  const from = input.kind === 'eml' ? `${source.name} (HTML part)` : source.name;
  const diff = html === input.html ? '' : patchOfEdits(from, target, input.html, edits, 2);
  return { exitCode: 0, stdout: diff, stderr: `${lines.join('\n')}\n` };
}
