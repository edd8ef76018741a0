import { open } from 'node:fs/promises';
import { MAX_INPUT_BYTES } from '../core/input/read-input';

export type SourceResult = { ok: true; name: string; data: Uint8Array } | { ok: false; message: string };

/** The name stdin input carries in reports (a name without an extension, so its kind is sniffed). */
export const STDIN_NAME = 'stdin';

function tooLarge(bytes: number, atLeast = false): string {
  return `The input is ${atLeast ? 'more than ' : ''}${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is 20 MB. No email is that large: check that this is the right file.`;
}

/**
 * The bytes of FILE, or of standard input for `-`. Never reads more than the
 * input limit plus one byte, so a huge file or an endless stream is refused
 * without filling memory. Errors are one-line values.
 */
export async function readSource(
  file: string,
  stdin: AsyncIterable<Uint8Array | string>,
): Promise<SourceResult> {
  if (file === '-') return readStream(stdin);
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (e) {
    return { ok: false, message: fileProblem(file, e) };
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory())
      return { ok: false, message: `${file} is a directory: give an .html or .eml file.` };
    if (stat.isFile() && stat.size > MAX_INPUT_BYTES)
      return { ok: false, message: `${file}: ${tooLarge(stat.size)}` };
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const buffer = new Uint8Array(Math.min(1024 * 1024, MAX_INPUT_BYTES + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.byteLength, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > MAX_INPUT_BYTES) return { ok: false, message: `${file}: ${tooLarge(total, true)}` };
    }
    return { ok: true, name: file, data: concat(chunks, total) };
  } catch (e) {
    return { ok: false, message: fileProblem(file, e) };
  } finally {
    await handle.close();
  }
}

async function readStream(stream: AsyncIterable<Uint8Array | string>): Promise<SourceResult> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
      chunks.push(bytes);
      total += bytes.byteLength;
      if (total > MAX_INPUT_BYTES) return { ok: false, message: `standard input: ${tooLarge(total, true)}` };
    }
  } catch (e) {
    return {
      ok: false,
      message: `Cannot read standard input: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
  return { ok: true, name: STDIN_NAME, data: concat(chunks, total) };
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function fileProblem(file: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return `${file}: no such file.`;
    case 'EACCES':
    case 'EPERM':
      return `${file}: permission denied.`;
    case 'EISDIR':
      return `${file} is a directory: give an .html or .eml file.`;
    default:
      return `${file}: cannot be read (${code ?? (e instanceof Error ? e.message : String(e))}).`;
  }
}
