import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { Annotation, EditorSelection, EditorState, type Transaction } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { sharedHead, sharedTail } from './shared-ends';

/** The accessible name of the editor that shows a large email (not "Email HTML": that stays the text box's). */
const LARGE_EDITOR_LABEL = 'Large email text';

/** An edit made in the editor, as the page takes edits from its text box. */
export interface LargeEdit {
  /** The editor's whole text; read only when asked (a 1 MB text costs milliseconds to join). */
  text: () => string;
  /** The edit's kind as an input event would name it (`insertFromPaste`, `insertText`, `historyUndo`…). */
  inputType: string;
  /** Whether a paste replaced the whole text (another email). */
  replacedAll: boolean;
}

export interface LargeEmailEditor {
  /** Shows another text from the page (a fix, a draft, a file); not an edit of the user's, so not handed back. */
  setText: (text: string) => void;
  focus: () => void;
  /** Where the caret is, as an offset in the text. */
  caret: () => number;
  destroy: () => void;
}

const fromPage = Annotation.define<boolean>();

/** The input event's type an editor transaction stands for. */
export function inputTypeOf(tr: Transaction): string {
  if (tr.isUserEvent('input.paste')) return 'insertFromPaste';
  if (tr.isUserEvent('input.drop')) return 'insertFromDrop';
  if (tr.isUserEvent('delete.cut')) return 'deleteByCut';
  if (tr.isUserEvent('undo')) return 'historyUndo';
  if (tr.isUserEvent('redo')) return 'historyRedo';
  if (tr.isUserEvent('delete')) return 'deleteContentBackward';
  return 'insertText';
}

/** Whether a paste took the place of the whole (non-empty) text. */
export function replacesAll(tr: Transaction): boolean {
  const before = tr.startState.doc.length;
  if (before === 0 || !tr.isUserEvent('input.paste')) return false;
  let whole = false;
  tr.changes.iterChangedRanges((fromA, toA) => {
    whole ||= fromA === 0 && toA === before;
  });
  return whole;
}

/**
 * The smallest change that turns `before` into `after`: the common start and
 * end kept, so a fix keeps the reader's place and the editor's undo history.
 */
export function changeBetween(before: string, after: string): { from: number; to: number; insert: string } {
  const max = Math.min(before.length, after.length);
  const start = sharedHead(before, after, max);
  const end = sharedTail(before, after, max - start);
  return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) };
}

const theme = EditorView.theme({
  '&': { height: '100%', backgroundColor: 'transparent', color: 'inherit' },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { fontFamily: 'inherit', lineHeight: 'inherit' },
  '.cm-content': { padding: '0', caretColor: 'currentColor' },
  '.cm-line': { padding: '0' },
});

/**
 * The editor a large email is shown and edited in. A `<textarea>` lays out
 * all of its text on every paste and keystroke (150–200 ms for 1 MB on this
 * project's test machine); this editor (CodeMirror) draws only the lines in
 * view. It is made only for large emails, in a chunk of its own.
 */
export function createLargeEmailEditor(
  parent: HTMLElement,
  text: string,
  caret: number,
  onEdit: (edit: LargeEdit) => void,
): LargeEmailEditor {
  const extensions = [
    history(),
    keymap.of([...defaultKeymap, ...historyKeymap]),
    theme,
    EditorView.contentAttributes.of({
      'aria-label': LARGE_EDITOR_LABEL,
      // Focusable as it is (editable), said so for checkers that look for a tab stop in a scrolled region.
      tabindex: '0',
      spellcheck: 'false',
      autocorrect: 'off',
      autocapitalize: 'off',
    }),
    EditorView.updateListener.of((update) => {
      if (!update.docChanged) return;
      const mine = update.transactions.filter((tr) => tr.docChanged && !tr.annotation(fromPage));
      const last = mine.at(-1);
      if (!last) return;
      const doc = update.state.doc;
      onEdit({
        text: () => doc.toString(),
        inputType: inputTypeOf(last),
        replacedAll: mine.some(replacesAll),
      });
    }),
  ];
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: text,
      extensions,
      selection: EditorSelection.cursor(Math.min(Math.max(0, caret), text.length)),
    }),
  });
  view.dispatch({ effects: EditorView.scrollIntoView(view.state.selection.main.head, { y: 'center' }) });
  return {
    setText(next) {
      const change = changeBetween(view.state.doc.toString(), next);
      if (change.from === change.to && change.insert === '') return;
      view.dispatch({ changes: change, annotations: fromPage.of(true) });
    },
    focus: () => view.focus(),
    caret: () => view.state.selection.main.head,
    destroy: () => view.destroy(),
  };
}

/**
 * Makes and drops an editor out of sight, so the first large paste finds the
 * editor's styles in the page and its code warm: the first editor of a page
 * took 39–50 ms to make for a 100 KB email, in the paste's frame.
 */
export function warmUpLargeEmailEditor(): void {
  const holder = document.createElement('div');
  holder.setAttribute('aria-hidden', 'true');
  holder.style.cssText = 'position:fixed;left:-10000px;top:0;width:600px;height:200px;visibility:hidden';
  document.body.append(holder);
  const lines = Array.from(
    { length: 400 },
    (_, i) => `<tr><td><a href="https://example.com/${i}">${i}</a></td></tr>`,
  );
  const editor = createLargeEmailEditor(holder, lines.join('\n'), 0, () => undefined);
  editor.setText(lines.slice(1).join('\n'));
  requestAnimationFrame(() => {
    editor.destroy();
    holder.remove();
  });
}
