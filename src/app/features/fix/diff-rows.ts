import { diffLines } from 'diff';

export interface DiffRow {
  kind: 'same' | 'changed' | 'gap';
  /** 1-based line numbers; null on the side that has no line. */
  beforeLine: number | null;
  afterLine: number | null;
  before: string | null;
  after: string | null;
}

const CONTEXT = 1;
/** Long lines (minified emails) are shown around their first difference. */
const WIDTH = 160;

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Side-by-side rows of a line diff: removed and added lines paired, unchanged lines as context. */
export function diffRows(before: string, after: string): DiffRow[] {
  const rows: DiffRow[] = [];
  let b = 1;
  let a = 1;
  const parts = diffLines(before, after);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (!part) continue;
    const lines = splitLines(part.value);
    if (!part.added && !part.removed) {
      for (const line of lines)
        rows.push({ kind: 'same', beforeLine: b++, afterLine: a++, before: line, after: line });
      continue;
    }
    const next = parts[i + 1];
    const removed = part.removed ? lines : [];
    const added = part.added ? lines : next?.added ? splitLines(next.value) : [];
    if (part.removed && next?.added) i++;
    for (let k = 0; k < Math.max(removed.length, added.length); k++) {
      const r = removed[k];
      const ad = added[k];
      rows.push({
        kind: 'changed',
        beforeLine: r === undefined ? null : b++,
        afterLine: ad === undefined ? null : a++,
        before: r ?? null,
        after: ad ?? null,
      });
    }
  }
  // Keep the changed rows and CONTEXT lines around them; mark skipped stretches.
  const keep = rows.map((r) => r.kind === 'changed');
  rows.forEach((r, i) => {
    if (r.kind !== 'changed') return;
    for (let k = Math.max(0, i - CONTEXT); k <= Math.min(rows.length - 1, i + CONTEXT); k++) keep[k] = true;
  });
  const out: DiffRow[] = [];
  rows.forEach((r, i) => {
    if (keep[i]) out.push(r.kind === 'changed' ? clip(r) : r);
    else if (out[out.length - 1]?.kind !== 'gap')
      out.push({ kind: 'gap', beforeLine: null, afterLine: null, before: null, after: null });
  });
  return out;
}

function clip(row: DiffRow): DiffRow {
  const { before, after } = row;
  if (before === null || after === null || (before.length <= WIDTH && after.length <= WIDTH)) return row;
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  const from = Math.max(0, start - 40);
  const cut = (s: string): string =>
    `${from > 0 ? '…' : ''}${s.slice(from, from + WIDTH)}${s.length > from + WIDTH ? '…' : ''}`;
  return { ...row, before: cut(before), after: cut(after) };
}
