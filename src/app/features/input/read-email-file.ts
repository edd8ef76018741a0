import type { FileOutcome } from '../../worker/engine-api';
import { engine } from '../../worker/engine-client';

/** What the file picker offers (readInput checks the content, whatever the name). */
export const ACCEPTED = '.html,.htm,.eml,.txt';

export type FileReadResult = FileOutcome;

/**
 * A dropped or picked file as text, or a message saying why it cannot be
 * used (too large, binary, empty, not an email): read in the worker by the
 * core's readInput, with the CLI's limits and charset decoding (a legacy
 * charset declared in `<meta charset>` included).
 */
export function readEmailFile(file: File): Promise<FileReadResult> {
  return engine.readFile(file);
}
