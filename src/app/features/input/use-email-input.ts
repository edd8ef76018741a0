import { useCallback, useEffect, useRef, useState } from 'react';
import { loadIdbInput, loadLocalInput, saveInput, type StoredInput } from '../../lib/persist';
import { readEmailFile } from './read-email-file';
import type { Sample } from './samples';

const EMPTY: StoredInput = { text: '', name: 'input.html' };

export interface EmailInputState {
  input: StoredInput;
  /** True when the input came from typing (debounced before analysis); false for a paste, drop, file, sample, fix. */
  typed: boolean;
  /** The box's new text; `inputType` is the input event's (`insertFromPaste`, `insertText`…). */
  setText: (text: string, inputType?: string) => void;
  loadFile: (file: File) => Promise<void>;
  loadSample: (sample: Sample) => void;
  clear: () => void;
  /** Puts another input in the box (a fix, an undo), name and kind included. */
  replace: (input: StoredInput) => void;
  /** Why the last file could not be used; the input is left as it was. */
  fileMessage: string | null;
  dismissMessage: () => void;
}

/**
 * A paste, drop, cut, undo or redo (the input event's `inputType`), analysed at
 * once; typing waits for a pause. Without an input type (a test, an old
 * browser), the change counts as typing.
 */
function isBulkEdit(inputType: string | undefined): boolean {
  return inputType !== undefined && /^(insertFrom|deleteBy|history|insertReplacementText)/.test(inputType);
}

/** The email being inspected, restored on load and saved (debounced) on change. */
export function useEmailInput(): EmailInputState {
  const [state, setState] = useState<{ input: StoredInput; typed: boolean }>(() => {
    const local = loadLocalInput();
    return { input: local && local !== 'in-idb' ? local : EMPTY, typed: false };
  });
  const { input, typed } = state;
  const setInput = useCallback((next: StoredInput) => setState({ input: next, typed: false }), []);
  const [fileMessage, setFileMessage] = useState<string | null>(null);
  const latest = useRef(input);

  useEffect(() => {
    if (loadLocalInput() !== 'in-idb') return;
    let live = true;
    void loadIdbInput().then((stored) => {
      if (live && stored && latest.current.text === '') setInput(stored);
    });
    return () => {
      live = false;
    };
  }, [setInput]);

  useEffect(() => {
    latest.current = input;
    const timer = setTimeout(() => void saveInput(input), 300);
    return () => clearTimeout(timer);
  }, [input]);

  useEffect(() => {
    const flush = (): void => void saveInput(latest.current);
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, []);

  const setText = useCallback(
    (text: string, inputType?: string) =>
      setState((s) => ({ input: { ...s.input, text }, typed: !isBulkEdit(inputType) })),
    [],
  );
  const loadFile = useCallback(
    async (file: File) => {
      const read = await readEmailFile(file);
      if (!read.ok) {
        setFileMessage(read.message);
        return;
      }
      setFileMessage(null);
      setInput({ text: read.text, name: read.name, ...(read.kind ? { kind: read.kind } : {}) });
    },
    [setInput],
  );
  const loadSample = useCallback(
    (sample: Sample) => {
      setFileMessage(null);
      setInput({ text: sample.text, name: sample.name });
    },
    [setInput],
  );
  const clear = useCallback(() => {
    setFileMessage(null);
    setInput(EMPTY);
  }, [setInput]);
  const replace = useCallback(
    (next: StoredInput) => {
      setFileMessage(null);
      setInput(next);
    },
    [setInput],
  );
  const dismissMessage = useCallback(() => setFileMessage(null), []);
  return { input, typed, setText, loadFile, loadSample, clear, replace, fileMessage, dismissMessage };
}
