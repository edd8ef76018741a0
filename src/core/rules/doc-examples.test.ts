import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadNodePrivacyEngines } from '../../cli/privacy-data';
import { analyze, analyzeHtml } from '../analyze';
import type { FactError, LinkCheckFacts } from '../facts';
import { withFacts } from '../with-facts';
import { hop } from './link-check-facts.test-helpers';
import type { AnalyzeOptions } from '../types';
import { rules } from '.';

/**
 * Every rule page's "Incorrect" and "Correct" examples run: the incorrect
 * code gives the rule's finding, the correct code does not. A code block may
 * start with `<!-- options: {…} -->` (JSON AnalyzeOptions, e.g. a tracking
 * domain) when the example needs a context the HTML alone does not give,
 * and `<!-- filler: N bytes of HTML -->` stands for N bytes of ordinary
 * paragraphs (an email too large to print).
 *
 * Online rules judge what the look-up service found, not HTML: their pages
 * show service answers as text. A link rule's page also gives that answer as
 * a ```json facts block (hops as `[url, status, location?, ms?]`, an
 * optional `error`), which is judged into a report of one link to it the way
 * the CLI and the app do (withFacts).
 */
const RULES_DIR = fileURLToPath(new URL('.', import.meta.url));

interface Example {
  lang: string;
  code: string;
}

/** The fenced code blocks of one `## heading` section of a rule page. */
function examples(doc: string, heading: 'Incorrect' | 'Correct'): Example[] {
  const section = doc.split(/^## /m).find((s) => s.startsWith(`${heading}\n`)) ?? '';
  return [...section.matchAll(/^```(\w*)\n([\s\S]*?)^```/gm)].map((m) => ({
    lang: m[1] ?? '',
    code: m[2] ?? '',
  }));
}

function optionsOf(code: string): AnalyzeOptions {
  const m = /^<!-- options: (\{.*\}) -->/.exec(code);
  return m ? (JSON.parse(m[1] ?? '{}') as AnalyzeOptions) : {};
}

/** The code with each filler comment replaced by that many bytes of paragraphs. */
function expand(code: string): string {
  return code.replace(/<!-- filler: (\d+) bytes of HTML -->/g, (_, n: string) => {
    const paragraph = '<p>Warm coats and boots for the winter, in every size.</p>\n';
    return paragraph.repeat(Math.ceil(Number(n) / paragraph.length));
  });
}

async function ruleFindings(ruleId: string, example: Example): Promise<string[]> {
  const result = await analyze(expand(example.code), {
    ...optionsOf(example.code),
    kind: example.lang === 'eml' ? 'eml' : 'html',
    // The privacy data, as the CLI and the app load it (tracker-blocked judges with it).
    privacy: await loadNodePrivacyEngines(),
  });
  if (!result.ok) throw new Error(result.error.message);
  const found = result.report.findings.filter((f) => f.rule === ruleId);
  // A rule that words its findings by message ID reports only IDs it defines.
  const messages = rules.find((r) => r.id === ruleId)?.messages;
  if (messages) for (const f of found) expect(Object.keys(messages)).toContain(f.messageId);
  return found.map((f) => f.message);
}

type HopSpec = [url: string, status: number | null, location?: string | null, ms?: number];

/** The ```json facts blocks of one section, as link checks. */
function linkFactsOf(doc: string, heading: 'Incorrect' | 'Correct'): LinkCheckFacts[] {
  const section = doc.split(/^## /m).find((s) => s.startsWith(`${heading}\n`)) ?? '';
  return [...section.matchAll(/^```json facts\n([\s\S]*?)^```/gm)].map((m) => {
    const spec = (JSON.parse(m[1] ?? '{}') as { link: { url?: string; hops: HopSpec[]; error?: FactError } })
      .link;
    const hops = spec.hops.map(([url, status, location, ms], i) => {
      const next = spec.hops[i + 1]?.[0] ?? null;
      const redirect = status !== null && status >= 300 && status < 400;
      return hop(url, status, location ?? (redirect ? next : null), ms !== undefined ? { ms } : {});
    });
    const last = hops[hops.length - 1];
    return {
      url: spec.url ?? hops[0]?.url ?? '',
      hops,
      finalUrl: spec.error ? null : (last?.url ?? null),
      finalStatus: spec.error ? null : (last?.status ?? null),
      ms: hops.reduce((sum, h) => sum + h.ms, 0),
      error: spec.error ?? null,
    };
  });
}

/** The messages of `ruleId` once the link check is judged into a report of one link to its URL. */
function judged(ruleId: string, fact: LinkCheckFacts): string[] {
  const offline = analyzeHtml(`<p><a href="${fact.url}">Spring sale</a></p>`);
  return withFacts(offline, { links: { [fact.url]: fact } })
    .findings.filter((f) => f.rule === ruleId)
    .map((f) => f.message);
}

const doc = (id: string): string => readFileSync(`${RULES_DIR}${id}/${id}.md`, 'utf8');

describe('rule page examples', () => {
  const offline = rules.filter((r) => r.kind === 'offline').map((r) => r.id);

  it.each(offline)('%s: the incorrect example is reported, the correct one is not', async (id) => {
    const page = doc(id);
    const incorrect = examples(page, 'Incorrect');
    const correct = examples(page, 'Correct');
    expect(incorrect.length, 'an "## Incorrect" code block').toBeGreaterThan(0);
    expect(correct.length, 'a "## Correct" code block').toBeGreaterThan(0);
    for (const example of incorrect) expect(await ruleFindings(id, example), example.code).not.toEqual([]);
    for (const example of correct) expect(await ruleFindings(id, example), example.code).toEqual([]);
  });

  const linkRules = rules.filter((r) => r.kind === 'online' && r.judgeLink).map((r) => r.id);
  // The TLS rules judge certificates: their pages show openssl output, their tests judge the facts.
  const certificateRules = new Set(['tls-expiring', 'tls-invalid']);

  it.each(linkRules.filter((id) => !certificateRules.has(id)))(
    '%s: the incorrect service answer is reported, the correct one is not',
    (id) => {
      const page = doc(id);
      const incorrect = linkFactsOf(page, 'Incorrect');
      const correct = linkFactsOf(page, 'Correct');
      expect(incorrect.length, 'a ```json facts block under "## Incorrect"').toBeGreaterThan(0);
      expect(correct.length, 'a ```json facts block under "## Correct"').toBeGreaterThan(0);
      for (const fact of incorrect) expect(judged(id, fact), fact.url).not.toEqual([]);
      for (const fact of correct) expect(judged(id, fact), fact.url).toEqual([]);
    },
  );

  it.each(rules.filter((r) => r.kind === 'online').map((r) => r.id))(
    '%s shows an incorrect and a correct answer',
    (id) => {
      const page = doc(id);
      expect(examples(page, 'Incorrect').length).toBeGreaterThan(0);
      expect(examples(page, 'Correct').length).toBeGreaterThan(0);
    },
  );
});
