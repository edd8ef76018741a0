import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseFolder, gateFailures, precision, score } from './eval/run-eval';
import { parseExpectations, parseJudgements, TsvError } from './eval/tsv';

const SCRIPT = fileURLToPath(new URL('./eval-corpus.ts', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./eval/fixtures/', import.meta.url));
const MAIL = join(FIXTURES, 'mail');
const JUDGEMENTS = join(FIXTURES, 'judgements.tsv');
const EXPECTED = join(FIXTURES, 'expected.tsv');

function runEval(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function fixtureScore() {
  const results = await analyseFolder(MAIL);
  return score(
    results,
    parseJudgements(readFileSync(JUDGEMENTS, 'utf8')),
    parseExpectations(readFileSync(EXPECTED, 'utf8')),
  );
}

describe('eval tables', () => {
  it('reads judgements, skips the header, comments and "?" rows, and refuses bad verdicts', () => {
    const j = parseJudgements(
      '# c\nfile\tlink\trule\tverdict\treason\na.html\tL1\tr\tright\twhy\nb.html\tL2\tr\t?\t\n',
    );
    expect(j).toEqual([{ file: 'a.html', link: 'L1', rule: 'r', verdict: 'right', reason: 'why', line: 3 }]);
    expect(() => parseJudgements('a.html\tL1\tr\tmaybe\tx')).toThrow(TsvError);
    expect(() => parseJudgements('a.html\tL1')).toThrow(/expected file, link, rule, verdict/);
  });

  it('reads expectations and defaults the link to any', () => {
    const e = parseExpectations('x.eml\tplatform\tmailchimp\n');
    expect(e[0]).toMatchObject({ what: 'platform', value: 'mailchimp', link: '*' });
    expect(() => parseExpectations('x.eml\tcolour\tred')).toThrow(/what must be/);
  });
});

describe('eval scoring on a made-up folder', () => {
  it('keys files by their path in the folder and sets hand-written cases apart', async () => {
    const results = await analyseFolder(MAIL);
    expect(results.map((r) => r.file)).toEqual([
      'eml/weekly.eml',
      'synthetic-cases/edge.html',
      'templates/shop.html',
    ]);
    expect(results.find((r) => r.file === 'synthetic-cases/edge.html')?.synthetic).toBe(true);
  });

  it('computes precision per severity, with "warning" verdicts right only as warnings', async () => {
    const s = await fixtureScore();
    // L1 empty-href error right; L2 insecure-http warning judged "warning" → right; L3 judged wrong.
    expect(s.real.errors).toEqual({ right: 1, wrong: 0, unjudged: 0 });
    expect(s.real.warningsAndErrors).toEqual({ right: 2, wrong: 1, unjudged: 0 });
    expect(precision(s.real.warningsAndErrors)).toBeCloseTo(2 / 3);
    expect(s.real.byRule.get('empty-link-text')?.warnings).toEqual({ right: 0, wrong: 1, unjudged: 0 });
    // The synthetic file's warning is counted apart and is unjudged.
    expect(s.synthetic.warningsAndErrors.unjudged).toBe(1);
    expect(s.unjudged.map((f) => `${f.file} ${f.link} ${f.rule}`)).toEqual([
      'synthetic-cases/edge.html L1 insecure-http',
    ]);
  });

  it('counts recall, platform and tracking-domain hits, and ignores files not in the folder', async () => {
    const s = await fixtureScore();
    expect(s.recall.map((r) => r.hit)).toEqual([true, false]);
    expect(s.platform.map((r) => [r.file, r.hit])).toEqual([
      ['eml/weekly.eml', true],
      ['templates/shop.html', false],
    ]);
    expect(s.trackingDomain).toEqual([{ file: 'eml/weekly.eml', expected: '-', got: '-', hit: true }]);
    expect(s.gone.right).toEqual([]);
  });

  it('fails the gate on low precision and on unjudged findings', async () => {
    const s = await fixtureScore();
    const failures = gateFailures(s);
    expect(failures.some((f) => /warning\+error precision 66\.7% is below 97\.0%/.test(f))).toBe(true);
    expect(failures.some((f) => /1 warnings\/errors are not judged/.test(f))).toBe(true);
    expect(failures.some((f) => /^error precision/.test(f))).toBe(false);
  });

  it('reports a judged finding that is no longer raised as lost or removed', async () => {
    const results = await analyseFolder(MAIL);
    const s = score(
      results,
      parseJudgements(
        'templates/shop.html\tL7\tempty-href\twrong\tx\ntemplates/shop.html\tL8\tempty-href\tright\ty\n',
      ),
      [],
    );
    expect(s.gone.wrong.map((j) => j.link)).toEqual(['L7']);
    expect(s.gone.right.map((j) => j.link)).toEqual(['L8']);
  });
});

describe('npm run eval', () => {
  it('needs a folder: usage on stderr, exit 2', () => {
    const r = runEval([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^eval: usage: npm run eval -- <folder>/);
    expect(runEval([join(tmpdir(), 'no-such-eval-folder')]).stderr).toMatch(/is not a folder/);
  });

  it('prints the figures, writes unjudged findings out and fails the gate', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eli-eval-'));
    try {
      const out = join(dir, 'todo.tsv');
      const r = runEval([
        MAIL,
        '--judgements',
        JUDGEMENTS,
        '--expected',
        EXPECTED,
        '--write-unjudged',
        out,
        '--gate',
      ]);
      expect(r.stdout).toMatch(/^errors +100\.0% \(1\/1\)$/m);
      expect(r.stdout).toMatch(/^warnings\+errors +66\.7% \(2\/3\)$/m);
      expect(r.stdout).toMatch(/== Recall on listed misses {2}1\/2 50\.0%/);
      expect(r.stdout).toMatch(/== Platform detection {2}1\/2 50\.0%/);
      expect(r.stdout).toMatch(/== Tracking-domain detection {2}1\/1 100\.0%/);
      expect(r.stdout).toMatch(/GATE FAILED: warning\+error precision/);
      expect(r.code).toBe(1);
      expect(readFileSync(out, 'utf8')).toMatch(
        /^synthetic-cases\/edge\.html\tL1\tinsecure-http\t\?\twarning: /,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('passes the gate when everything is judged right', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eli-eval-'));
    try {
      const all = join(dir, 'all.tsv');
      const judged = [
        'templates/shop.html\tL1\tempty-href\tright\tx',
        'templates/shop.html\tL2\tinsecure-http\tright\tx',
        'templates/shop.html\tL3\tempty-link-text\tright\tx',
        'synthetic-cases/edge.html\tL1\tinsecure-http\tright\tx',
      ].join('\n');
      writeFileSync(all, judged);
      const r = runEval([MAIL, '--judgements', all, '--expected', EXPECTED, '--gate']);
      expect(r.stdout).toContain('Gate passed.');
      expect(r.code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('eval recall on the URL breakages people make', () => {
  it('finds each listed breakage on made-up links (second "?", repeated parameter, email as web link, invisible character)', async () => {
    const folder = join(FIXTURES, 'url-breakage');
    const s = score(
      await analyseFolder(folder),
      [],
      parseExpectations(readFileSync(join(folder, 'expected.tsv'), 'utf8')),
    );
    expect(s.recall.map((l) => [l.expected.split(' ')[0], l.hit, l.got])).toEqual([
      ['second-question-mark', true, 'warning L1'],
      ['repeated-parameter', true, 'warning L2'],
      ['email-as-web-link', true, 'error L3'],
      ['invisible-characters', true, 'error L4'],
    ]);
  });
});
