/**
 * The eval's two hand-kept tables, as tab-separated text: judgements (one
 * verdict per finding) and expectations (platform, tracking domain and the
 * findings a message should get). Lines starting with `#` and blank lines are
 * comments. See eval/README.md for the columns.
 */

/** `warning`: a real problem, but not an error: right when reported as a warning, wrong as an error. */
export type Verdict = 'right' | 'wrong' | 'warning';

export interface Judgement {
  file: string;
  /** A link id (`L12`), or `@line:column` for a finding about the whole email. */
  link: string;
  rule: string;
  verdict: Verdict;
  reason: string;
  /** 1-based line in the TSV, for messages. */
  line: number;
}

export type ExpectationKind = 'platform' | 'tracking-domain' | 'finding';

export interface Expectation {
  file: string;
  what: ExpectationKind;
  /** Platform id (`-` for none), tracking host, or rule id. */
  value: string;
  /** For `finding`: a link id, or `*` for any link or none. */
  link: string;
  note: string;
  line: number;
}

export class TsvError extends Error {}

function rows(text: string): Array<{ cells: string[]; line: number }> {
  const out: Array<{ cells: string[]; line: number }> = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '' || raw.startsWith('#')) return;
    out.push({ cells: raw.split('\t'), line: i + 1 });
  });
  return out;
}

/** The key that ties a judgement to a finding. */
export function findingKey(file: string, link: string, rule: string): string {
  return `${file}\t${link}\t${rule}`;
}

/** Parses judgements; rows with verdict `?` (written out for judging, not judged yet) are skipped. */
export function parseJudgements(text: string, source = 'judgements'): Judgement[] {
  const out: Judgement[] = [];
  for (const { cells, line } of rows(text)) {
    const [file, link, rule, verdict, ...reason] = cells;
    if (file === 'file' && link === 'link') continue; // header
    if (!file || !link || !rule || !verdict) {
      throw new TsvError(`${source}:${line}: expected file, link, rule, verdict, reason separated by tabs`);
    }
    if (verdict === '?') continue;
    if (verdict !== 'right' && verdict !== 'wrong' && verdict !== 'warning') {
      throw new TsvError(`${source}:${line}: verdict must be right, wrong, warning or ?, not "${verdict}"`);
    }
    out.push({ file, link, rule, verdict, reason: reason.join(' ').trim(), line });
  }
  return out;
}

export function parseExpectations(text: string, source = 'expected'): Expectation[] {
  const out: Expectation[] = [];
  for (const { cells, line } of rows(text)) {
    const [file, what, value, link, ...note] = cells;
    if (file === 'file' && what === 'what') continue; // header
    if (!file || !what || !value) {
      throw new TsvError(`${source}:${line}: expected file, what, value[, link, note] separated by tabs`);
    }
    if (what !== 'platform' && what !== 'tracking-domain' && what !== 'finding') {
      throw new TsvError(
        `${source}:${line}: what must be platform, tracking-domain or finding, not "${what}"`,
      );
    }
    out.push({
      file,
      what,
      value,
      link: link && link !== '' ? link : '*',
      note: note.join(' ').trim(),
      line,
    });
  }
  return out;
}

/** One TSV cell: tabs and line breaks become spaces. */
export function cell(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ');
}
