import type { LineIndex } from '../extract/line-index';

export interface CodeFrameOptions {
  /** How many code units the caret line underlines, from the column on (at least 1). */
  length: number;
  /** Lines shown before the marked one. */
  before?: number;
  /** Longest line shown; longer lines are cut around the column. */
  maxWidth?: number;
  /** Wraps the caret line (for colour). */
  paintCaret?: (s: string) => string;
  paintGutter?: (s: string) => string;
}

const TAB = '  ';

/**
 * A code frame in the style of Babel and ESLint: the source line with the
 * line numbers in a gutter and a caret line under the marked range. Long
 * lines (minified email HTML) are cut to a window around the column.
 */
export function codeFrame(lines: LineIndex, line: number, column: number, options: CodeFrameOptions): string {
  const before = options.before ?? 1;
  const maxWidth = options.maxWidth ?? 100;
  const paintCaret = options.paintCaret ?? ((s: string) => s);
  const paintGutter = options.paintGutter ?? ((s: string) => s);
  const first = Math.max(1, line - before);
  const width = String(line).length;
  const out: string[] = [];

  // The window of columns shown: the same for every line so the caret lines up.
  const target = lines.lineText(line);
  const col0 = Math.max(0, column - 1);
  let from = 0;
  if (target.length > maxWidth)
    from = Math.max(0, Math.min(col0 - Math.floor(maxWidth / 4), target.length - maxWidth));

  const cut = (text: string): { text: string; lead: number } => {
    if (text.length <= maxWidth && from === 0) return { text, lead: 0 };
    const slice = text.slice(from, from + maxWidth);
    const head = from > 0 ? '…' : '';
    const tail = from + maxWidth < text.length ? '…' : '';
    return { text: `${head}${slice}${tail}`, lead: head.length };
  };

  for (let n = first; n <= line; n++) {
    const raw = lines.lineText(n).replace(/\t/g, TAB);
    const marked = n === line;
    const shown = marked ? cut(lines.lineText(n)) : cut(raw);
    const text = marked ? shown.text.replace(/\t/g, TAB) : shown.text;
    out.push(
      `${marked ? '>' : ' '} ${paintGutter(`${String(n).padStart(width)} |`)}${text ? ` ${text}` : ''}`,
    );
    if (marked) {
      // Tabs before the column widen the text; widen the caret's indent alike.
      const visibleStart = target.slice(from, col0);
      const indent = visibleStart.replace(/\t/g, TAB).length + shown.lead;
      const available = Math.max(1, Math.min(options.length, target.length - col0, from + maxWidth - col0));
      const carets = '^'.repeat(Math.max(1, available));
      out.push(`  ${paintGutter(`${' '.repeat(width)} |`)} ${' '.repeat(indent)}${paintCaret(carets)}`);
    }
  }
  return out.join('\n');
}
