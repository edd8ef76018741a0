/// <reference lib="webworker" />
/**
 * The analysis core, off the main thread: text and options in, the Report
 * (and the HTML it was computed on, which the preview renders) out.
 */
import { analyzeHtml, withFacts } from '../../core/analyze';
import { readInput } from '../../core/input/read-input';
import { rules } from '../../core/rules';
import type { RuleInfo, WorkerRequest, WorkerResponse } from './analysis-protocol';
import { loadBrowserPrivacyEngines } from './privacy-data';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: WorkerResponse): void => scope.postMessage(message);

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'catalogue') {
    const list: RuleInfo[] = rules.map((r) => ({
      id: r.id,
      defaultSeverity: r.defaultSeverity,
      category: r.category,
      summary: r.summary,
      kind: r.kind,
    }));
    post({ type: 'catalogue', id: request.id, rules: list });
    return;
  }
  const started = performance.now();
  try {
    post({ type: 'progress', id: request.id, phase: 'reading' });
    const read = await readInput(request.text, {
      name: request.name,
      ...(request.kind ? { kind: request.kind } : {}),
    });
    if (!read.ok) {
      post({ type: 'input-error', id: request.id, code: read.error.code, message: read.error.message });
      return;
    }
    post({ type: 'progress', id: request.id, phase: 'analysing' });
    const input = read.input;
    const privacy = await loadBrowserPrivacyEngines();
    const options = { ...request.options, name: request.name, privacy };
    const offline = analyzeHtml(input.html, options, input);
    const report = request.facts ? withFacts(offline, request.facts, options) : offline;
    post({ type: 'report', id: request.id, report, html: input.html, ms: performance.now() - started });
  } catch (e) {
    post({ type: 'crash', id: request.id, message: e instanceof Error ? e.message : String(e) });
  }
};
