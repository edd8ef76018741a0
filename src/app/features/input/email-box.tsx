import { useLayoutEffect, useRef } from 'react';
import type * as LargeEditorModule from './large-email-editor';
import type { LargeEdit, LargeEmailEditor } from './large-email-editor';
import { whenIdle } from '../../lib/persist';
import { isBulkEdit } from './use-email-input';
import { LARGE_INPUT } from './use-settled-input';

interface Props {
  /** The email's text as the page has it. */
  text: string;
  className: string;
  /** The box's new text, the input event's type, and whether a paste replaced the whole text. */
  onText: (text: string, inputType?: string, replacedAll?: boolean) => void;
}

/** Typing in a large email is handed to the page once it pauses this long. */
const LARGE_TYPING_PAUSE_MS = 120;

/**
 * A text longer than this (about Gmail's clipping size) is shown in the large email editor (the box
 * stays, its text not drawn). A textarea took 20–30 ms to lay out 100 KB in a paste's frame.
 */
const LARGE_VIEW = 100_000;

let editorModule: Promise<typeof LargeEditorModule> | undefined;
/** The large email editor's code, loaded once (at idle after the page's first paint, or when first needed). */
const loadEditor = (): Promise<typeof LargeEditorModule> =>
  (editorModule ??= import('./large-email-editor').catch((error: unknown) => {
    // Not kept: a later large email tries again.
    editorModule = undefined;
    throw error;
  }));

/**
 * The email's text box: a plain `<textarea>` made here, not by React. React
 * reads the whole value of a textarea it renders on every input event (to
 * tell a change) and re-renders the page with it; with a 1 MB email that is
 * most of a keystroke's time. Here a keystroke in a large email costs the
 * browser's own editing only: the text is read once typing pauses
 * (LARGE_TYPING_PAUSE_MS), and at once for a paste, a drop, undo or redo,
 * for a small email, and before the page is left. A new text from the page
 * (a fix, a sample, a restored draft, clear) is put into the box.
 *
 * A large email (over LARGE_VIEW characters) is shown and edited in an
 * editor that draws only the lines in view, laid over the box: a textarea
 * lays out all of its text on each paste and keystroke, 150–200 ms for 1 MB
 * and 20–30 ms for 100 KB.
 * The box stays the email's text box (its name, its value, filling it), with
 * its text not drawn (`content-visibility: hidden`) unless it has the focus.
 * A paste that makes the text large does not go into the box's own editing:
 * it is put in as the box's value, with no layout of the whole text.
 */
export function EmailBox({ text, className, onText }: Props) {
  const holder = useRef<HTMLDivElement>(null);
  const area = useRef<HTMLTextAreaElement | null>(null);
  const cover = useRef<HTMLDivElement | null>(null);
  /** The text the box holds as far as the page knows: what it last handed over or was given. */
  const known = useRef(text);
  /** Typing not yet handed over: its timer and the hand-over. */
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; run: () => void } | null>(null);
  const replacing = useRef(false);
  const handler = useRef(onText);
  /** Whether the large email editor shows the text, and the editor once its code is in. */
  const large = useRef(false);
  const editor = useRef<LargeEmailEditor | null>(null);
  /** The editor's text not yet put into the box: that takes 8–19 ms for 1 MB, so it waits for an idle moment. */
  const unsynced = useRef<string | null>(null);
  /** Puts the text in (or takes it out of) the large email editor, as its length asks. */
  const fit = useRef<(text: string, focus: boolean) => void>(() => undefined);
  useLayoutEffect(() => {
    handler.current = onText;
  }, [onText]);

  useLayoutEffect(() => {
    const box = document.createElement('textarea');
    box.id = 'email-html';
    box.setAttribute('aria-label', 'Email HTML');
    box.spellcheck = false;
    box.wrap = 'off';
    box.autocomplete = 'off';
    box.placeholder =
      'Paste the HTML of an email or a raw .eml message here, or drop a file anywhere on the page.';
    box.value = known.current;
    area.current = box;
    const over = document.createElement('div');
    over.hidden = true;
    over.dataset.largeEditor = '';
    cover.current = over;
    holder.current?.append(box, over);

    const handOver = (inputType: string, value = box.value): void => {
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = null;
      known.current = value;
      handler.current(value, inputType, replacing.current);
      replacing.current = false;
    };
    const later = (run: () => void): void => {
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = { run, timer: setTimeout(run, LARGE_TYPING_PAUSE_MS) };
    };
    let cancelSync = (): void => undefined;
    const sync = (): void => {
      if (unsynced.current !== null) box.value = unsynced.current;
      unsynced.current = null;
    };
    /**
     * An edit in the large email editor: handed over as the box's own edits are, and put in the box
     * when the page is idle (at once when the box is focused or the text is small again).
     */
    const onEdit = (edit: LargeEdit): void => {
      const read = (): void => {
        const value = edit.text();
        const small = value.length <= LARGE_VIEW / 2;
        unsynced.current = value;
        cancelSync();
        if (small) sync();
        else cancelSync = whenIdle(sync, 1000);
        handOver(edit.inputType, value);
        if (small) fit.current(value, true);
      };
      replacing.current ||= edit.replacedAll;
      if (isBulkEdit(edit.inputType)) read();
      else later(read);
    };
    const show = (value: string, focus: boolean): void => {
      large.current = true;
      box.style.contentVisibility = document.activeElement === box ? '' : 'hidden';
      box.tabIndex = -1;
      over.hidden = false;
      if (editor.current) {
        editor.current.setText(value);
        if (focus) editor.current.focus();
        return;
      }
      over.textContent = 'Opening the editor…';
      loadEditor().then(
        ({ createLargeEmailEditor }) => {
          if (!large.current || editor.current) return;
          over.textContent = '';
          // Typed or pasted into (the caret where the box's is), or a text from the page (the caret at the top).
          const into = focus || document.activeElement === box;
          const caret = into ? box.selectionEnd : 0;
          const start = performance.now();
          editor.current = createLargeEmailEditor(over, box.value, caret, onEdit);
          performance.measure('eli:large-editor', { start });
          if (into) editor.current.focus();
        },
        () => {
          // Without the editor's code (offline, a failed load) the email stays in the plain box, drawn.
          if (large.current && !editor.current) hide(focus);
        },
      );
    };
    const hide = (focus: boolean): void => {
      large.current = false;
      if (editor.current && focus) {
        const at = editor.current.caret();
        box.setSelectionRange(at, at);
      }
      editor.current?.destroy();
      editor.current = null;
      over.hidden = true;
      over.textContent = '';
      box.style.contentVisibility = '';
      box.removeAttribute('tabindex');
      if (focus) box.focus();
    };
    fit.current = (value, focus) => {
      if (value.length > LARGE_VIEW) show(value, focus);
      else if (large.current) hide(focus);
    };
    if (known.current.length > LARGE_VIEW) show(known.current, false);
    // The editor's code is fetched, and one editor made and dropped, while the page is idle, so a
    // large paste finds it ready.
    const warm = async (): Promise<void> => {
      const { warmUpLargeEmailEditor } = await loadEditor();
      if (!editor.current) warmUpLargeEmailEditor();
    };
    const cancelWarm = whenIdle(() => void warm().catch(() => undefined), 5000);

    const onPaste = (event: ClipboardEvent): void => {
      const start = box.selectionStart;
      const end = box.selectionEnd;
      // A paste over the whole text is another email, however much it shares with the last one.
      replacing.current = box.value !== '' && start === 0 && end === box.value.length;
      const pasted = event.clipboardData?.getData('text/plain') ?? '';
      if (large.current || box.value.length - (end - start) + pasted.length <= LARGE_VIEW) return;
      // Into the box as its value (no editing, so no layout of the whole text), then into the editor.
      event.preventDefault();
      const after = box.value.slice(end);
      box.value = box.value.slice(0, start) + pasted + after;
      // The caret goes after the pasted text (counted from the end: the box keeps line breaks as \n only).
      box.setSelectionRange(box.value.length - after.length, box.value.length - after.length);
      handOver('insertFromPaste');
      fit.current(box.value, true);
    };
    const onInput = (event: Event): void => {
      const inputType = (event as InputEvent).inputType ?? '';
      const take = (): void => {
        handOver(inputType);
        fit.current(box.value, document.activeElement === box);
      };
      if (isBulkEdit(inputType) || known.current.length <= LARGE_INPUT) take();
      else later(take);
    };
    // The box's text is drawn while it has the focus (it is being filled or typed in), so its editing works.
    const onFocus = (): void => {
      sync();
      if (large.current) box.style.contentVisibility = '';
    };
    const onBlur = (): void => {
      flush();
      if (large.current) box.style.contentVisibility = 'hidden';
    };
    const flush = (): void => {
      pending.current?.run();
    };
    box.addEventListener('paste', onPaste);
    box.addEventListener('input', onInput);
    box.addEventListener('focus', onFocus);
    box.addEventListener('blur', onBlur);
    window.addEventListener('pagehide', flush);
    return () => {
      cancelWarm();
      flush();
      cancelSync();
      sync();
      box.removeEventListener('paste', onPaste);
      box.removeEventListener('input', onInput);
      box.removeEventListener('focus', onFocus);
      box.removeEventListener('blur', onBlur);
      window.removeEventListener('pagehide', flush);
      editor.current?.destroy();
      editor.current = null;
      large.current = false;
      box.remove();
      over.remove();
      area.current = null;
      cover.current = null;
    };
  }, []);

  useLayoutEffect(() => {
    const box = area.current;
    if (!box || text === known.current) return;
    // Another text from the page: it replaces what the box holds (typing not yet handed over included).
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
    known.current = text;
    unsynced.current = null;
    box.value = text;
    fit.current(text, false);
  }, [text]);

  useLayoutEffect(() => {
    if (area.current) area.current.className = className;
    if (cover.current) {
      // Over the box, looking like it (the focus ring included); not resizable itself (the box's size is kept).
      cover.current.className = `${className.replace(/\bresize-y\b/, '')} absolute inset-0 overflow-hidden focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-focus`;
      cover.current.style.height = 'auto';
    }
  }, [className]);

  return <div ref={holder} className="relative" />;
}
