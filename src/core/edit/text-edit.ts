/** A replacement of the text between two UTF-16 offsets of the HTML. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * Applies edits to a text. Edits are applied from the end so offsets stay
 * valid; an edit that overlaps one already taken is left out (and returned),
 * so two fixes of one href never garble each other.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; skipped: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const taken: TextEdit[] = [];
  const skipped: TextEdit[] = [];
  let lastEnd = -1;
  for (const e of sorted) {
    if (e.start < lastEnd || e.start > e.end || e.end > text.length) {
      skipped.push(e);
      continue;
    }
    taken.push(e);
    lastEnd = Math.max(lastEnd, e.end);
  }
  let out = text;
  for (let i = taken.length - 1; i >= 0; i--) {
    const e = taken[i];
    if (!e) continue;
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  }
  return { text: out, skipped };
}
