/// <reference lib="webworker" />
import { analyze } from '../../../core/analyze';
import { compareReports } from '../../../core/compare/compare';
import { readInput } from '../../../core/input/read-input';
import type { Report } from '../../../core/types';
import type { CompareRequest, CompareResponse } from './compare-protocol';

/**
 * The compare mode's own worker: reads and analyses the template (as a
 * template) and the sent email (as sent), pairs their links with the core's
 * compareReports, and marks each link's start tag so the previews can point
 * at a pair. Off the page's thread, like the main analysis.
 */
async function side(
  text: string,
  name: string,
  mode: 'template' | 'sent',
  options: CompareRequest['options'],
): Promise<{ ok: true; report: Report; html: string } | { ok: false; message: string }> {
  const read = await readInput(text, { name });
  if (!read.ok) return { ok: false, message: `${name}: ${read.error.message}` };
  const result = await analyze(text, {
    ...options,
    name,
    mode,
    ...(mode === 'template' ? { trackingDomains: [] } : {}),
  });
  if (!result.ok) return { ok: false, message: `${name}: ${result.error.message}` };
  return { ok: true, report: result.report, html: read.input.html };
}

/** `<a href…>` → `<a data-eli-link="L1" href…>`, from the last link back so offsets stay right. */
function markLinks(html: string, report: Report): string {
  let out = html;
  const links = [...report.links].sort((a, b) => b.startTag.start - a.startTag.start);
  for (const link of links) {
    const at = link.startTag.start + 1 + link.element.length;
    if (out.slice(link.startTag.start, at).toLowerCase() !== `<${link.element}`) continue;
    out = `${out.slice(0, at)} data-eli-link="${link.id}"${out.slice(at)}`;
  }
  return out;
}

self.onmessage = async (event: MessageEvent<CompareRequest>) => {
  const { id, template, sent, options } = event.data;
  let answer: CompareResponse;
  try {
    const a = await side(template.text, template.name, 'template', options);
    const b = a.ok ? await side(sent.text, sent.name, 'sent', options) : a;
    if (!a.ok) answer = { id, ok: false, message: a.message };
    else if (!b.ok) answer = { id, ok: false, message: b.message };
    else {
      answer = {
        id,
        ok: true,
        comparison: compareReports(a.report, b.report),
        templateHtml: markLinks(a.html, a.report),
        sentHtml: markLinks(b.html, b.report),
      };
    }
  } catch (e) {
    answer = {
      id,
      ok: false,
      message: `The comparison failed: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
  (self as unknown as Worker).postMessage(answer);
};
