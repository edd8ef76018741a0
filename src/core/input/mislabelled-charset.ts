import { detect } from 'chardet';
import { encodeWindows1252 } from './windows-1252';

/** Charset labels that decode as Windows-1252 (WHATWG) and that mislabelled UTF-8 parts carry. */
const LEGACY_LABELS = /^(?:us-ascii|ascii|iso-8859-1|iso_8859-1|latin1|l1|windows-1252|cp1252)$/i;

export interface CharsetFix {
  /** The label the part carried. */
  declared: string;
  /** What its bytes were read as instead. */
  used: 'utf-8';
}

/**
 * A part labelled us-ascii or ISO-8859-1 whose bytes are valid UTF-8 (`Â·`
 * where the sender wrote `·`): the text read as UTF-8, or null when the label
 * fits. The bytes are put back from the text (Windows-1252 is what those labels
 * decode as); they must be valid UTF-8 with at least one multi-byte character,
 * and the charset-detection library (chardet, which runs on Node and in the
 * browser) must name UTF-8 for them too.
 */
export function readMislabelledUtf8(
  text: string,
  declared: string | null,
): { text: string; fix: CharsetFix } | null {
  if (declared === null || !LEGACY_LABELS.test(declared.trim())) return null;
  if (!/[\u0080-\uffff]/.test(text)) return null;
  const bytes = encodeWindows1252(text);
  if (bytes === null) return null;
  let utf8: string;
  try {
    utf8 = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  if (detect(bytes) !== 'UTF-8') return null;
  return { text: utf8, fix: { declared: declared.trim().toLowerCase(), used: 'utf-8' } };
}

/**
 * The charset label of a message's first `text/html` (or `text/plain`) part,
 * read from the raw message; null when it has none.
 */
export function declaredCharsetOf(raw: string, subtype: 'html' | 'plain'): string | null {
  const re = new RegExp(`content-type:\\s*text/${subtype}\\b([^\\r\\n]*(?:\\r?\\n[ \\t][^\\r\\n]*)*)`, 'i');
  const m = re.exec(raw.slice(0, 4 * 1024 * 1024));
  if (!m) return null;
  const charset = /charset\s*=\s*"?([^";\s]+)"?/i.exec(m[1] ?? '');
  return charset?.[1] ?? null;
}
