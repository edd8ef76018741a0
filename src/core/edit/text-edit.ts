/** A replacement of the text between two UTF-16 offsets of the HTML. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * Applies edits to a text, every offset being one of the original text; an
 * edit that overlaps one already taken is left out (and returned), so two
 * fixes of one href never garble each other.
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
  // One pass from the start, joined once: linear in the text and the edits (16,000 edits of a 650 KB file
  // rebuilt the whole text 16,000 times when each edit spliced the previous result).
  const pieces: string[] = [];
  let at = 0;
  for (const e of taken) {
    pieces.push(text.slice(at, e.start), e.text);
    at = e.end;
  }
  pieces.push(text.slice(at));
  return { text: pieces.join(''), skipped };
}
