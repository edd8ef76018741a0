import { useLayoutEffect, useRef } from 'react';
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
 * The email's text box: a plain `<textarea>` made here, not by React. React
 * reads the whole value of a textarea it renders on every input event (to
 * tell a change) and re-renders the page with it; with a 1 MB email that is
 * most of a keystroke's time. Here a keystroke in a large email costs the
 * browser's own editing only: the text is read once typing pauses
 * (LARGE_TYPING_PAUSE_MS), and at once for a paste, a drop, undo or redo,
 * for a small email, and before the page is left. A new text from the page
 * (a fix, a sample, a restored draft, clear) is put into the box.
 */
export function EmailBox({ text, className, onText }: Props) {
  const holder = useRef<HTMLDivElement>(null);
  const area = useRef<HTMLTextAreaElement | null>(null);
  /** The text the box holds as far as the page knows: what it last handed over or was given. */
  const known = useRef(text);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; inputType: string } | null>(null);
  const replacing = useRef(false);
  const handler = useRef(onText);
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
    holder.current?.append(box);
    const handOver = (inputType: string): void => {
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = null;
      const value = box.value;
      known.current = value;
      handler.current(value, inputType, replacing.current);
      replacing.current = false;
    };
    const onPaste = (): void => {
      // A paste over the whole text is another email, however much it shares with the last one.
      replacing.current =
        box.value !== '' && box.selectionStart === 0 && box.selectionEnd === box.value.length;
    };
    const onInput = (event: Event): void => {
      const inputType = (event as InputEvent).inputType ?? '';
      if (isBulkEdit(inputType) || known.current.length <= LARGE_INPUT) {
        handOver(inputType);
        return;
      }
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = {
        inputType,
        timer: setTimeout(() => handOver(inputType), LARGE_TYPING_PAUSE_MS),
      };
    };
    const flush = (): void => {
      if (pending.current) handOver(pending.current.inputType);
    };
    box.addEventListener('paste', onPaste);
    box.addEventListener('input', onInput);
    box.addEventListener('blur', flush);
    window.addEventListener('pagehide', flush);
    return () => {
      flush();
      box.removeEventListener('paste', onPaste);
      box.removeEventListener('input', onInput);
      box.removeEventListener('blur', flush);
      window.removeEventListener('pagehide', flush);
      box.remove();
      area.current = null;
    };
  }, []);

  useLayoutEffect(() => {
    const box = area.current;
    if (!box || text === known.current) return;
    // Another text from the page: it replaces what the box holds (typing not yet handed over included).
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
    known.current = text;
    box.value = text;
  }, [text]);

  useLayoutEffect(() => {
    if (area.current) area.current.className = className;
  }, [className]);

  return <div ref={holder} className="contents" />;
}
