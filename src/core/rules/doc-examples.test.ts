import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadNodePrivacyEngines } from '../../cli/privacy-data';
import { analyze } from '../analyze';
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
 * show service answers as text, and their own tests judge those facts.
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
  return result.report.findings.filter((f) => f.rule === ruleId).map((f) => f.message);
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

  it.each(rules.filter((r) => r.kind === 'online').map((r) => r.id))(
    '%s shows an incorrect and a correct answer',
    (id) => {
      const page = doc(id);
      expect(examples(page, 'Incorrect').length).toBeGreaterThan(0);
      expect(examples(page, 'Correct').length).toBeGreaterThan(0);
    },
  );
});
