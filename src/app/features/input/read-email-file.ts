/** Files over this are refused (the core's limit too): no email is that large. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const ACCEPTED = '.html,.htm,.eml,.txt';

export type FileReadResult =
  { ok: true; text: string; name: string; kind?: 'html' | 'eml' } | { ok: false; message: string };

/**
 * A dropped or picked file as text, or a message saying why it cannot be
 * used: too large, binary, empty, or of a type that is not an email.
 */
export async function readEmailFile(file: File): Promise<FileReadResult> {
  const name = file.name || 'input.html';
  if (!/\.(html?|eml|txt)$/i.test(name)) {
    return { ok: false, message: `${name} is not an email file: give an .html, .htm, .eml or .txt file.` };
  }
  if (file.size >= MAX_FILE_BYTES) {
    return {
      ok: false,
      message: `${name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 20 MB. No email is that large: check that this is the right file.`,
    };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (
    bytes.byteLength === 0 ||
    (/^\s*$/.test(new TextDecoder().decode(bytes.subarray(0, 4096))) && bytes.byteLength < 4096)
  ) {
    return { ok: false, message: `${name} is empty: there is no email in it.` };
  }
  if (bytes.subarray(0, 65536).includes(0)) {
    return {
      ok: false,
      message: `${name} is not a text file: it holds binary data. Give an email as HTML or as a .eml message.`,
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  const kind = /\.eml$/i.test(name) ? 'eml' : /\.html?$/i.test(name) ? 'html' : undefined;
  return { ok: true, text, name, ...(kind ? { kind } : {}) };
}
