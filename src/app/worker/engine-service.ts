/**
 * The engine the analysis worker runs: the core behind the page's RPC
 * (engine-api.ts). Files read and texts analysed as the CLI reads and
 * analyses them; fixes, UTM plans and exports made from the report it keeps
 * of its last analysis, so the report crosses to the page once and never
 * comes back.
 */
import { transfer } from 'comlink';
import { analyzeHtml, withFacts, type ReadInputInfo } from '../../core/analyze';
import type { Facts } from '../../core/facts';
import { computeFixes, fixAllSafe } from '../../core/fix/compute-fixes';
import { mainDomain } from '../../core/fix/main-domain';
import { applyEdits } from '../../core/edit/text-edit';
import { planUtm } from '../../core/fix/utm-builder';
import { decodeBytes, MAX_INPUT_BYTES, readInput, tooLargeProblem } from '../../core/input/read-input';
import { rules } from '../../core/rules';
import type { AnalyzeOptions, Report } from '../../core/types';
import { HOME_PAGE, VERSION } from '../../core/version';
import type { AnalysisJob, EngineApi, ExportFormat, Phase } from './engine-api';
import { loadBrowserPrivacyEngines } from './privacy-data';
import { warmUpEmail } from './warm-up-email';

/** The files the page takes (by name; the content is checked by readInput). */
const ACCEPTED = /\.(html?|eml|txt)$/i;

interface Analysed {
  id: number;
  report: Report;
  html: string;
  options: AnalyzeOptions;
  input: ReadInputInfo;
}

/** The analysis of read input, and the page's copy of it: the report and its fixes as UTF-8 JSON. */
function analysedJson(
  html: string,
  options: AnalyzeOptions,
  input: ReadInputInfo,
): { report: Report; json: Uint8Array } {
  const report = analyzeHtml(html, options, input);
  const json = new TextEncoder().encode(JSON.stringify({ report, fixes: computeFixes(report, html) }));
  return { report, json };
}

/** The report with the online facts judged in (the offline report when there are none). */
function judged(a: Analysed, facts: Facts | undefined): Report {
  return facts ? withFacts(a.report, facts, a.options) : a.report;
}

/**
 * The engine's answers and the report it keeps of its last analysis: what
 * engine.worker.ts exposes to the page (each worker has its own).
 */
export function createEngine(): EngineApi {
  let nextId = 1;
  let last: Analysed | null = null;

  function analysed(id: number): Analysed {
    if (!last || last.id !== id) throw new Error('The email changed meanwhile: try again.');
    return last;
  }

  return {
    rules() {
      return rules.map((r) => ({
        id: r.id,
        defaultSeverity: r.defaultSeverity,
        category: r.category,
        summary: r.summary,
        kind: r.kind,
      }));
    },

    async readFile(file) {
      const name = file.name || 'input.html';
      if (!ACCEPTED.test(name)) {
        return {
          ok: false,
          message: `${name} is not an email file: give an .html, .htm, .eml or .txt file.`,
        };
      }
      // The size is known before reading: a huge file is refused without loading it.
      if (file.size > MAX_INPUT_BYTES)
        return { ok: false, message: `${name}: ${tooLargeProblem(file.size).message}` };
      const read = await readInput(new Uint8Array(await file.arrayBuffer()), { name });
      if (!read.ok) return { ok: false, message: `${name}: ${read.error.message}` };
      const kind = /\.eml$/i.test(name) ? 'eml' : /\.html?$/i.test(name) ? 'html' : read.input.kind;
      let text = read.input.html;
      if (read.input.kind === 'eml') {
        // The box shows the message itself; its text decoded as readInput decoded it.
        const decoded = decodeBytes(new Uint8Array(await file.arrayBuffer()));
        if (!decoded.ok) return { ok: false, message: `${name}: ${decoded.error.message}` };
        text = decoded.text;
      }
      return { ok: true, text, name, kind };
    },

    async warmUp() {
      const started = performance.now();
      const html = warmUpEmail();
      const privacy = await loadBrowserPrivacyEngines();
      // The whole path of an analysis, the hand-over's JSON too; the report kept for fixes and exports is not touched.
      analysedJson(html, { name: 'warm-up.html', privacy }, { kind: 'html' });
      return performance.now() - started;
    },

    async analyse(job: AnalysisJob, onPhase?: (phase: Phase) => void) {
      const started = performance.now();
      const id = nextId++;
      last = null;
      onPhase?.('reading');
      const read = await readInput(job.text, { name: job.name, ...(job.kind ? { kind: job.kind } : {}) });
      if (!read.ok) return { kind: 'input-error', id, code: read.error.code, message: read.error.message };
      onPhase?.('analysing');
      const { html, kind, bytes, htmlBytes, sender, headers } = read.input;
      const privacy = await loadBrowserPrivacyEngines();
      const options = { ...job.options, name: job.name, privacy };
      const input: ReadInputInfo = {
        kind,
        bytes,
        ...(htmlBytes !== undefined ? { htmlBytes } : {}),
        sender,
        headers,
      };
      const { report, json } = analysedJson(html, options, input);
      last = { id, report, html, options, input };
      const payload = {
        kind: 'report' as const,
        id,
        json,
        html: html === job.text ? null : html,
        ms: performance.now() - started,
      };
      return transfer(payload, [json.buffer]);
    },

    fixes(id, facts) {
      const a = analysed(id);
      return facts ? computeFixes(judged(a, facts), a.html) : computeFixes(a.report, a.html);
    },

    fixAll(id) {
      const a = analysed(id);
      const result = fixAllSafe(a.html, a.options, a.input);
      return { before: a.html, html: result.html, applied: result.applied, offered: result.offered };
    },

    planUtm(id, settings) {
      const a = analysed(id);
      const main = mainDomain(a.report.links);
      const domains = settings.domains.length > 0 ? [...settings.domains] : main ? [main] : [];
      const plan = planUtm(a.report, { ...settings, domains });
      const fixed = applyEdits(
        a.html,
        plan.fixes.flatMap((f) => f.edits),
      ).text;
      return { before: a.html, html: fixed, plan, domains };
    },

    async exportReport(id, format: ExportFormat, facts) {
      const a = analysed(id);
      // The formatters are loaded the first time a report is exported.
      const { formatReport } = await import('../../core/report/format-report');
      return formatReport(judged(a, facts), format, {
        source: a.html,
        catalogue: rules,
        toolVersion: VERSION,
        informationUri: HOME_PAGE,
      });
    },
  };
}
