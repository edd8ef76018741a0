import { useCallback, useEffect, useRef, useState } from 'react';
import { loadIdbInput, loadLocalInput, saveInput, type StoredInput } from '../../lib/persist';
import { readEmailFile } from './read-email-file';
import type { Sample } from './samples';

const EMPTY: StoredInput = { text: '', name: 'input.html' };

export interface EmailInputState {
  input: StoredInput;
  setText: (text: string) => void;
  loadFile: (file: File) => Promise<void>;
  loadSample: (sample: Sample) => void;
  clear: () => void;
  /** Puts another input in the box (a fix, an undo), name and kind included. */
  replace: (input: StoredInput) => void;
  /** Why the last file could not be used; the input is left as it was. */
  fileMessage: string | null;
  dismissMessage: () => void;
}

/** The email being inspected, restored on load and saved (debounced) on change. */
export function useEmailInput(): EmailInputState {
  const [input, setInput] = useState<StoredInput>(() => {
    const local = loadLocalInput();
    return local && local !== 'in-idb' ? local : EMPTY;
  });
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
  }, []);

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

  const setText = useCallback((text: string) => setInput((i) => ({ ...i, text })), []);
  const loadFile = useCallback(async (file: File) => {
    const read = await readEmailFile(file);
    if (!read.ok) {
      setFileMessage(read.message);
      return;
    }
    setFileMessage(null);
    setInput({ text: read.text, name: read.name, ...(read.kind ? { kind: read.kind } : {}) });
  }, []);
  const loadSample = useCallback((sample: Sample) => {
    setFileMessage(null);
    setInput({ text: sample.text, name: sample.name });
  }, []);
  const clear = useCallback(() => {
    setFileMessage(null);
    setInput(EMPTY);
  }, []);
  const replace = useCallback((next: StoredInput) => {
    setFileMessage(null);
    setInput(next);
  }, []);
  const dismissMessage = useCallback(() => setFileMessage(null), []);
  return { input, setText, loadFile, loadSample, clear, replace, fileMessage, dismissMessage };
}
