/// <reference lib="webworker" />
/**
 * "Fix all safe" and UTM plans off the main thread: each job reads the input
 * again, analyses it and answers with the fixed HTML.
 */
import { analyzeHtml } from '../../core/analyze';
import { computeFixes, fixAllSafe } from '../../core/fix/compute-fixes';
import { mainDomain } from '../../core/fix/main-domain';
import { applyEdits } from '../../core/edit/text-edit';
import { planUtm } from '../../core/fix/utm-builder';
import { readInput } from '../../core/input/read-input';
import type { FixRequest, FixResponse, FixSource } from './fix-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FixResponse): void => scope.postMessage(message);

async function read(source: FixSource) {
  const read = await readInput(source.text, {
    name: source.name,
    ...(source.kind ? { kind: source.kind } : {}),
  });
  if (!read.ok) throw new Error(read.error.message);
  const input = read.input;
  return {
    html: input.html,
    context: { kind: input.kind, bytes: input.bytes, sender: input.sender, headers: input.headers },
  };
}

scope.onmessage = async (event: MessageEvent<FixRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'fixes') {
      post({ type: 'fixes', id: request.id, fixes: computeFixes(request.report, request.html) });
      return;
    }
    const { html, context } = await read(request.source);
    const options = { ...request.source.options, name: request.source.name };
    if (request.type === 'fix-all') {
      const result = fixAllSafe(html, options, context);
      post({
        type: 'fix-all',
        id: request.id,
        answer: { before: html, html: result.html, applied: result.applied, offered: result.offered },
      });
      return;
    }
    const report = analyzeHtml(html, options, context);
    const main = mainDomain(report.links);
    const domains = request.settings.domains.length > 0 ? [...request.settings.domains] : main ? [main] : [];
    const plan = planUtm(report, { ...request.settings, domains });
    const fixed = applyEdits(
      html,
      plan.fixes.flatMap((f) => f.edits),
    ).text;
    post({ type: 'utm-plan', id: request.id, answer: { before: html, html: fixed, plan, domains } });
  } catch (e) {
    post({ type: 'error', id: request.id, message: e instanceof Error ? e.message : String(e) });
  }
};
