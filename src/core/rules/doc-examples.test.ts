import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadNodePrivacyEngines } from '../../cli/privacy-data';
import { analyze, analyzeHtml } from '../analyze';
import type { FactError, Facts, LinkCheckFacts } from '../facts';
import { withFacts } from '../with-facts';
import { hop } from './link-check-facts.test-helpers';
import { senderFacts, trackingFacts } from './online-facts.test-helpers';
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
 * show service answers as text, and give the same answer as a ```json facts
 * block, judged into a report the way the CLI and the app do (withFacts):
 * `{"link": …}` (hops as `[url, status, location?, ms?]`, an optional
 * `error`) is the check of the one link of the report; `{"sender": …}` and
 * `{"trackingDomain": …}` are the sender and tracking-domain checks, written
 * as what differs from a healthy domain's (the fields left out are those of
 * online-facts.test-helpers.ts; an object is merged, anything else replaces).
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
  // Every finding names a message of its rule, and its sentence is made from its data alone: the
  // data as it travels (JSON) gives the same sentence, so the CLI and the app can word it from the facts.
  const messages = rules.find((r) => r.id === ruleId)?.messages ?? {};
  for (const f of found) {
    expect(Object.keys(messages)).toContain(f.messageId);
    const data = JSON.parse(JSON.stringify(f.data ?? {})) as Record<string, unknown>;
    expect(messages[f.messageId]?.text(data), f.messageId).toBe(f.message);
  }
  return found.map((f) => f.message);
}

type HopSpec = [url: string, status: number | null, location?: string | null, ms?: number];

interface LinkSpec {
  url?: string;
  hops: HopSpec[];
  error?: FactError;
}

/** One ```json facts block: a link check, a sender check or a tracking-domain check. */
interface FactsSpec {
  link?: LinkSpec;
  sender?: Record<string, unknown>;
  trackingDomain?: Record<string, unknown>;
}

function linkCheck(spec: LinkSpec): LinkCheckFacts {
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
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `base` with `over` written on it: objects merge, anything else (arrays, null) replaces. */
function merged<T>(base: T, over: Record<string, unknown>): T {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(over)) {
    const was = out[key];
    out[key] = isObject(was) && isObject(value) ? merged(was, value) : value;
  }
  return out as T;
}

interface Judged {
  /** The text of the block, to name it when an expectation fails. */
  block: string;
  facts: Facts;
  /** The URL of the report's one link. */
  url: string;
}

/** The ```json facts blocks of one section, as the facts withFacts takes. */
function factsOf(doc: string, heading: 'Incorrect' | 'Correct'): Judged[] {
  const section = doc.split(/^## /m).find((s) => s.startsWith(`${heading}\n`)) ?? '';
  return [...section.matchAll(/^```json facts\n([\s\S]*?)^```/gm)].map((m) => {
    const block = m[1] ?? '{}';
    const spec = JSON.parse(block) as FactsSpec;
    const facts: Facts = {};
    let url = 'https://shop.example/spring';
    if (spec.link) {
      const check = linkCheck(spec.link);
      facts.links = { [check.url]: check };
      url = check.url;
    }
    if (spec.sender) facts.sender = [merged(senderFacts(), spec.sender)];
    if (spec.trackingDomain) facts.trackingDomains = [merged(trackingFacts(), spec.trackingDomain)];
    return { block, facts, url };
  });
}

/** The messages of `ruleId` once the facts are judged into a report of one link. */
function judged(ruleId: string, { facts, url }: Judged): string[] {
  const offline = analyzeHtml(`<p><a href="${url}">Spring sale</a></p>`);
  const found = withFacts(offline, facts).findings.filter((f) => f.rule === ruleId);
  const messages = rules.find((r) => r.id === ruleId)?.messages ?? {};
  for (const f of found) expect(Object.keys(messages)).toContain(f.messageId);
  return found.map((f) => f.message);
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

  const online = rules.filter((r) => r.kind === 'online').map((r) => r.id);

  it.each(online)('%s: the incorrect service answer is reported, the correct one is not', (id) => {
    const page = doc(id);
    const incorrect = factsOf(page, 'Incorrect');
    const correct = factsOf(page, 'Correct');
    expect(incorrect.length, 'a ```json facts block under "## Incorrect"').toBeGreaterThan(0);
    expect(correct.length, 'a ```json facts block under "## Correct"').toBeGreaterThan(0);
    for (const example of incorrect) expect(judged(id, example), example.block).not.toEqual([]);
    for (const example of correct) expect(judged(id, example), example.block).toEqual([]);
  });

  it.each(online)('%s shows an incorrect and a correct answer', (id) => {
    const page = doc(id);
    expect(examples(page, 'Incorrect').length).toBeGreaterThan(0);
    expect(examples(page, 'Correct').length).toBeGreaterThan(0);
  });
});
