/**
 * Edits as one list on the original text, and the unified diff they make,
 * both in time linear in the text and the edits.
 *
 * A line diff of the whole file (Myers, as the `diff` package does it) costs
 * the file's lines times the changed lines: `fix` on 16,000 fixed links spent
 * minutes there. The fixes already say which lines they change, so the hunks
 * are built from the edits and only formatted by the `diff` package.
 */

import { formatPatch, type StructuredPatchHunk } from 'diff';
import type { TextEdit } from './text-edit';

/** The edits `applyEdits` takes from a list (sorted, none overlapping an earlier one). */
export function takenEdits(text: string, edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const taken: TextEdit[] = [];
  let lastEnd = -1;
  for (const e of sorted) {
    if (e.start < lastEnd || e.start > e.end || e.end > text.length) continue;
    taken.push(e);
    lastEnd = Math.max(lastEnd, e.end);
  }
  return taken;
}

/**
 * `first` (taken edits of the original text, giving `middle`) followed by
 * `second` (taken edits of `middle`) as one list of edits of the original.
 * Edits of the two lists that overlap or touch become one edit.
 */
export function composeEdits(
  middle: string,
  first: readonly TextEdit[],
  second: readonly TextEdit[],
): TextEdit[] {
  // `first` in the middle text's offsets, with how much each changed the length.
  interface Item {
    start: number;
    end: number;
    first: TextEdit | null;
    second: TextEdit | null;
  }
  const items: Item[] = [];
  let shift = 0;
  let i = 0;
  let j = 0;
  const firstAt = (k: number): Item => {
    const e = first[k] as TextEdit;
    return { start: e.start + shift, end: e.start + shift + e.text.length, first: e, second: null };
  };
  // Merge both lists by start in the middle text (each is sorted).
  while (i < first.length || j < second.length) {
    const f = i < first.length ? firstAt(i) : null;
    const s = j < second.length ? (second[j] as TextEdit) : null;
    if (f !== null && (s === null || f.start <= s.start)) {
      items.push(f);
      const e = first[i] as TextEdit;
      shift += e.text.length - (e.end - e.start);
      i++;
    } else if (s !== null) {
      items.push({ start: s.start, end: s.end, first: null, second: s });
      j++;
    }
  }
  const out: TextEdit[] = [];
  let before = 0; // length change of the first edits before the current cluster
  let k = 0;
  while (k < items.length) {
    const head = items[k] as Item;
    let end = head.end;
    let within = 0;
    const seconds: TextEdit[] = [];
    let m = k;
    for (; m < items.length; m++) {
      const it = items[m] as Item;
      if (m > k && it.start > end) break;
      end = Math.max(end, it.end);
      if (it.first) within += it.first.text.length - (it.first.end - it.first.start);
      if (it.second) seconds.push(it.second);
    }
    const start = head.start;
    let text = '';
    let at = start;
    for (const s of seconds) {
      text += middle.slice(at, s.start) + s.text;
      at = s.end;
    }
    text += middle.slice(at, end);
    out.push({ start: start - before, end: end - before - within, text });
    before += within;
    k = m;
  }
  return out;
}

/** The lines of a text, each with its line break (the last may have none). */
function splitLines(text: string): string[] {
  const lines: string[] = [];
  let from = 0;
  for (;;) {
    const nl = text.indexOf('\n', from);
    if (nl < 0) break;
    lines.push(text.slice(from, nl + 1));
    from = nl + 1;
  }
  if (from < text.length) lines.push(text.slice(from));
  return lines;
}

/**
 * The unified diff (`diff`'s format, `context` lines around each change) of
 * `text` and `text` with the taken `edits` applied. Lines an edit touches are
 * shown as removed and added; nothing else is compared.
 */
export function patchOfEdits(
  oldName: string,
  newName: string,
  text: string,
  edits: readonly TextEdit[],
  context = 2,
): string {
  const taken = takenEdits(text, edits);
  // Start offset of each line; the file's lines are 0 … lineCount-1.
  const starts = [0];
  for (let p = text.indexOf('\n'); p >= 0; p = text.indexOf('\n', p + 1)) starts.push(p + 1);
  if (starts[starts.length - 1] === text.length && starts.length > 1) starts.pop();
  const lineEnd = (line: number): number => starts[line + 1] ?? text.length;
  const lineText = (line: number): string => text.slice(starts[line] ?? 0, lineEnd(line));

  // Spans of whole lines the edits touch, with their new text.
  interface Span {
    from: number;
    to: number;
    edits: TextEdit[];
  }
  const spans: Span[] = [];
  let line = 0;
  const lineOf = (offset: number): number => {
    while (line + 1 < starts.length && (starts[line + 1] as number) <= offset) line++;
    return line;
  };
  for (const e of taken) {
    const from = lineOf(e.start);
    let to = e.end > e.start ? Math.max(from, lineOfAtMost(e.end - 1)) : from;
    // An edit that takes a line break joins the next line to this one.
    if (e.end > e.start && text.charCodeAt(e.end - 1) === 10 && to + 1 < starts.length) to++;
    const last = spans[spans.length - 1];
    if (last && from <= last.to) {
      last.to = Math.max(last.to, to);
      last.edits.push(e);
    } else spans.push({ from, to, edits: [e] });
  }
  function lineOfAtMost(offset: number): number {
    let l = line;
    while (l + 1 < starts.length && (starts[l + 1] as number) <= offset) l++;
    return l;
  }

  const hunks: StructuredPatchHunk[] = [];
  const lineCount = starts.length;
  let delta = 0; // new line numbers minus old ones, before the current span
  let hunk: StructuredPatchHunk | null = null;
  let removed: string[] = [];
  let added: string[] = [];
  const push = (prefix: string, l: string): void => {
    if (!hunk) return;
    if (l.endsWith('\n')) hunk.lines.push(prefix + l.slice(0, -1));
    else hunk.lines.push(prefix + l, '\\ No newline at end of file');
  };
  const flush = (): void => {
    for (const l of removed) push('-', l);
    for (const l of added) push('+', l);
    removed = [];
    added = [];
  };
  const contextLine = (l: number): void => {
    if (!hunk) return;
    push(' ', lineText(l));
    hunk.oldLines++;
    hunk.newLines++;
  };
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s] as Span;
    const prev = spans[s - 1];
    if (hunk && prev && span.from - prev.to - 1 <= 2 * context) {
      // Adjacent changed lines stay one block: all removed lines, then all added ones.
      if (span.from > prev.to + 1) flush();
      for (let l = prev.to + 1; l < span.from; l++) contextLine(l);
    } else {
      if (hunk && prev) {
        flush();
        for (let l = prev.to + 1; l <= Math.min(prev.to + context, lineCount - 1); l++) contextLine(l);
        hunks.push(hunk);
      }
      const first = Math.max(0, span.from - context);
      hunk = { oldStart: first + 1, oldLines: 0, newStart: first + 1 + delta, newLines: 0, lines: [] };
      for (let l = first; l < span.from; l++) contextLine(l);
    }
    const from = starts[span.from] as number;
    const oldText = text.slice(from, lineEnd(span.to));
    let newText = '';
    let at = from;
    for (const e of span.edits) {
      newText += text.slice(at, e.start) + e.text;
      at = e.end;
    }
    newText += text.slice(at, lineEnd(span.to));
    const oldLines = splitLines(oldText);
    const newLines = splitLines(newText);
    removed.push(...oldLines);
    added.push(...newLines);
    const current = hunk as StructuredPatchHunk;
    current.oldLines += oldLines.length;
    current.newLines += newLines.length;
    delta += newLines.length - oldLines.length;
  }
  if (hunk) {
    flush();
    const prev = spans[spans.length - 1] as Span;
    for (let l = prev.to + 1; l <= Math.min(prev.to + context, lineCount - 1); l++) contextLine(l);
    hunks.push(hunk);
  }
  if (hunks.length === 0) return '';
  return formatPatch({
    oldFileName: oldName,
    newFileName: newName,
    oldHeader: undefined,
    newHeader: undefined,
    hunks,
  });
}
