import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import {
  awaitSaved,
  loadIdbInput,
  loadLocalInput,
  saveInput,
  saveInputNow,
  type StoredInput,
} from '../../lib/persist';
import { readEmailFile } from './read-email-file';
import { sharedHead, sharedTail } from './shared-ends';
import type { Sample } from './samples';

const EMPTY: StoredInput = { text: '', name: 'input.html' };

export interface EmailInputState {
  input: StoredInput;
  /** True when the input came from typing (debounced before analysis); false for a paste, drop, file, sample, fix. */
  typed: boolean;
  /** True once the input on screen is stored (the IndexedDB write of a large one completed). */
  saved: boolean;
  /**
   * The box's new text; `inputType` is the input event's (`insertFromPaste`, `insertText`…);
   * `replacedAll` when a paste replaced the whole text (another email). Returns the new input.
   */
  setText: (text: string, inputType?: string, replacedAll?: boolean) => StoredInput;
  loadFile: (file: File) => Promise<void>;
  loadSample: (sample: Sample) => void;
  clear: () => void;
  /** Puts another input in the box (a fix, an undo), name and kind included. */
  replace: (input: StoredInput) => void;
  /** Why the last file could not be used; the input is left as it was. */
  fileMessage: string | null;
  dismissMessage: () => void;
  /**
   * Counts the emails loaded (a file, a sample, a paste that replaces the text, clear): what the
   * page derived from the previous email (sending domain, errors, online results, fix history) is
   * dropped when it changes. Edits and fixes of the same email keep it.
   */
  generation: number;
}

/** Whether new text is another email rather than an edit: it shares (almost) nothing at its ends. */
export function isAnotherEmail(before: string, after: string): boolean {
  if (before.trim() === '' || after.trim() === '') return before !== after;
  const max = Math.min(before.length, after.length);
  const head = sharedHead(before, after, max);
  const tail = sharedTail(before, after, max - head);
  const kept = head + tail;
  return kept < 0.5 * Math.min(before.length, after.length) && Math.abs(before.length - after.length) > 0;
}

/**
 * A paste, drop, cut, undo or redo (the input event's `inputType`), analysed at
 * once; typing waits for a pause. Without an input type (a test, an old
 * browser), the change counts as typing.
 */
export function isBulkEdit(inputType: string | undefined): boolean {
  return inputType !== undefined && /^(insertFrom|deleteBy|history|insertReplacementText)/.test(inputType);
}

/**
 * The email being inspected, restored on load and saved on change: typing
 * after a pause of 300 ms, anything else (a paste, a file, a fix) at once —
 * a paste from its own event, before the page renders it. Nothing is saved
 * before the stored drafts have been read (localStorage at once, IndexedDB
 * before anything is written), so the empty first state never overwrites
 * them; `saved` turns true only once the write is done. The draft is also
 * saved when the page is hidden or left.
 */
export function useEmailInput(): EmailInputState {
  const [initial] = useState(loadLocalInput);
  const [state, setState] = useState<{ input: StoredInput; typed: boolean }>(() => ({
    input: initial.input ?? EMPTY,
    typed: false,
  }));
  const { input, typed } = state;
  const setInput = useCallback((next: StoredInput) => setState({ input: next, typed: false }), []);
  const [fileMessage, setFileMessage] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const [loaded, setLoaded] = useState(false);
  const [savedInput, setSavedInput] = useState<StoredInput | null>(null);
  const latest = useRef(input);
  const ready = useRef(loaded);
  /** The draft a paste's event already began to save (not saved twice). */
  const started = useRef<StoredInput | null>(null);
  const next = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    let live = true;
    const shown = latest.current;
    // A large draft is in IndexedDB: marked so in localStorage, or newer than localStorage's when the
    // page went away after its write was committed and before it was marked.
    void loadIdbInput().then((stored) => {
      if (!live) return;
      const newer = stored !== null && (initial.inIdb || stored.at > initial.at);
      if (newer && latest.current === shown) {
        // Restored as stored: not written again.
        started.current = stored.input;
        setInput(stored.input);
      }
      ready.current = true;
      setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [initial, setInput]);

  useEffect(() => {
    latest.current = input;
    if (!loaded) return;
    const save = (): void => {
      const same =
        started.current?.text === input.text &&
        started.current.name === input.name &&
        started.current.kind === input.kind;
      started.current = null;
      void (same ? awaitSaved() : saveInput(input)).then(() => {
        if (latest.current !== input) return;
        setSavedInput(input);
        // For tests and measurements: the text on screen is stored (no attribute on the box: changing
        // one restyles a textarea holding megabytes).
        performance.mark('eli:draft-saved', { detail: { chars: input.text.length } });
      });
    };
    if (!typed) {
      save();
      return;
    }
    const timer = setTimeout(save, 300);
    return () => clearTimeout(timer);
  }, [input, typed, loaded]);

  useEffect(() => {
    const flush = (): void => {
      if (ready.current) saveInputNow(latest.current);
    };
    const hidden = (): void => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, []);

  const setText = useCallback(
    (text: string, inputType?: string, replacedAll?: boolean) => {
      // A good paste replaces the last file's problem; another email starts afresh, without the
      // last file's name and kind (a pasted page is not the .eml that was there before).
      setFileMessage(null);
      const another =
        (replacedAll === true && text !== latest.current.text) || isAnotherEmail(latest.current.text, text);
      if (another) next();
      const bulk = isBulkEdit(inputType);
      const nextInput = another ? { text, name: EMPTY.name } : { ...latest.current, text };
      if (bulk && ready.current) {
        // A paste is stored from its own event, before the page renders and analyses it.
        started.current = nextInput;
        void saveInput(nextInput);
      }
      // Known at once (not after the render): a second change before it, or the page being left, builds on it.
      latest.current = nextInput;
      // A paste renders as a transition: the browser lays out the pasted text in the box in a frame of
      // its own, not in the same frame as the page's render (a 1 MB paste made one frame of over 200 ms).
      if (bulk) startTransition(() => setState({ input: nextInput, typed: false }));
      else setState({ input: nextInput, typed: true });
      return nextInput;
    },
    [next],
  );
  const loadFile = useCallback(
    async (file: File) => {
      const read = await readEmailFile(file);
      if (!read.ok) {
        setFileMessage(read.message);
        return;
      }
      setFileMessage(null);
      next();
      setInput({ text: read.text, name: read.name, ...(read.kind ? { kind: read.kind } : {}) });
    },
    [next, setInput],
  );
  const loadSample = useCallback(
    (sample: Sample) => {
      setFileMessage(null);
      next();
      setInput({ text: sample.text, name: sample.name });
    },
    [next, setInput],
  );
  const clear = useCallback(() => {
    setFileMessage(null);
    next();
    setInput(EMPTY);
  }, [next, setInput]);
  const replace = useCallback(
    (next: StoredInput) => {
      setFileMessage(null);
      setInput(next);
    },
    [setInput],
  );
  const dismissMessage = useCallback(() => setFileMessage(null), []);
  return {
    input,
    typed,
    saved: savedInput === input,
    setText,
    loadFile,
    loadSample,
    clear,
    replace,
    fileMessage,
    dismissMessage,
    generation,
  };
}
