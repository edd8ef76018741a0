import PostalMime from 'postal-mime';
import type { SenderInfo } from '../types';
import { parseDkimSignatures } from './dkim-signature';
import { textToHtml } from './text-to-html';
import { decodeWindows1252, fixC1Controls } from './windows-1252';
import { declaredCharsetOf, readMislabelledUtf8, type CharsetFix } from './mislabelled-charset';
import { utf8Length } from './utf8-length';

/** Inputs over this are refused: no email is that large, and parsing it would stall a browser tab. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export interface EmailInput {
  kind: 'html' | 'eml';
  /** The HTML to inspect (for an .eml, the decoded HTML part; a text-only message becomes linkified HTML). */
  html: string;
  bytes: number;
  /** The HTML's UTF-8 length, where the reader measured it already (HTML given as a string: its `bytes`). */
  htmlBytes?: number;
  sender: SenderInfo | null;
  headers: Array<{ key: string; value: string }>;
  /** True when an .eml had no HTML part and its text part was turned into HTML. */
  fromText: boolean;
  /** Set when the part was labelled us-ascii or ISO-8859-1 but its bytes are UTF-8, and was read as UTF-8. */
  charset?: CharsetFix | null;
}

export interface InputProblem {
  code: 'too-large' | 'binary' | 'empty' | 'no-body' | 'unreadable';
  message: string;
}

export type InputResult = { ok: true; input: EmailInput } | { ok: false; error: InputProblem };

const HEADER_NAMES =
  /^(?:from|to|subject|date|received|return-path|delivered-to|mime-version|content-type|message-id|x-[\w-]+|dkim-signature|reply-to|cc|list-unsubscribe|arc-[\w-]+|authentication-results):/i;

/** A message starts with header fields (`Name: value`, folded lines allowed) that include a known one. */
export function looksLikeMessage(text: string): boolean {
  // An mbox file (or a message saved from one) starts with a `From sender date` separator line.
  const head = text
    .slice(0, 64 * 1024)
    .replace(/^\uFEFF/, '')
    .replace(/^From [^\r\n]*\r?\n/, '');
  const lines = head.split(/\r?\n/);
  let known = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') return i > 0 && known > 0;
    if (/^[ \t]/.test(line) && i > 0) continue;
    if (!/^[!-9;-~]+:/.test(line)) return false;
    if (HEADER_NAMES.test(line)) known++;
  }
  return known > 0 && lines.length > 1;
}

/** Bytes as text, decoded as readInput decodes them (UTF-16 by BOM, UTF-8, the declared `<meta charset>`, Windows-1252). */
export function decodeBytes(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; error: InputProblem } {
  // UTF-16 with a byte-order mark (HTML saved by some Windows editors) is text, NUL bytes and all.
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : null;
  if (utf16 !== null) {
    const text = new TextDecoder(utf16).decode(bytes);
    return text.includes('\u0000') ? { ok: false, error: binaryProblem() } : { ok: true, text };
  }
  if (bytes.includes(0)) return { ok: false, error: binaryProblem() };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Not UTF-8: an older template in a legacy charset, or not text at all.
    const latin = decodeWindows1252(bytes);
    const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(latin)?.[1];
    if (declared) {
      try {
        return { ok: true, text: fixC1Controls(new TextDecoder(declared).decode(bytes)) };
      } catch {
        // an unknown label: fall through to the control-character test
      }
    }
    let controls = 0;
    for (const b of bytes.subarray(0, 8192)) if (b < 9 || (b > 13 && b < 32) || b === 127) controls++;
    if (controls > Math.min(bytes.length, 8192) / 100) return { ok: false, error: binaryProblem() };
    return { ok: true, text: latin };
  }
}

/** The answer to an input over MAX_INPUT_BYTES (also given before reading a file whose size says so). */
export function tooLargeProblem(bytes: number): InputProblem {
  return {
    code: 'too-large',
    message: `The input is ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is 20 MB. No email is that large: check that this is the right file.`,
  };
}

function binaryProblem(): InputProblem {
  return {
    code: 'binary',
    message: 'This is not a text file: it holds binary data. Give an email as HTML or as a .eml message.',
  };
}

/**
 * Reads an HTML template or a raw message. Bytes are checked for binary data
 * and size before anything else; an .eml is decoded (MIME, quoted-printable,
 * base64, charsets) by postal-mime and its HTML part chosen.
 */
export async function readInput(
  data: string | Uint8Array,
  options: { name?: string; kind?: 'html' | 'eml' } = {},
): Promise<InputResult> {
  const bytes = typeof data === 'string' ? utf8Length(data) : data.byteLength;
  if (bytes > MAX_INPUT_BYTES) return { ok: false, error: tooLargeProblem(bytes) };
  let text: string;
  if (typeof data === 'string') {
    if (data.includes('\u0000')) return { ok: false, error: binaryProblem() };
    text = data;
  } else {
    const decoded = decodeBytes(data);
    if (!decoded.ok) return decoded;
    text = decoded.text;
  }
  if (text.trim() === '') {
    return { ok: false, error: { code: 'empty', message: 'The input is empty: paste or upload an email.' } };
  }
  const name = options.name ?? '';
  const kind =
    options.kind ??
    (/\.eml$/i.test(name)
      ? 'eml'
      : /\.html?$/i.test(name)
        ? 'html'
        : looksLikeMessage(text)
          ? 'eml'
          : 'html');
  if (kind === 'html') {
    const measured = typeof data === 'string' ? { htmlBytes: bytes } : {};
    return {
      ok: true,
      input: { kind, html: text, bytes, ...measured, sender: null, headers: [], fromText: false },
    };
  }
  return readMessage(data, bytes);
}

async function readMessage(data: string | Uint8Array, bytes: number): Promise<InputResult> {
  let email: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    email = await PostalMime.parse(data);
  } catch (e) {
    return {
      ok: false,
      error: {
        code: 'unreadable',
        message: `The message could not be read as MIME: ${e instanceof Error ? e.message : String(e)}`,
      },
    };
  }
  const headers = email.headers.map((h) => ({ key: h.key, value: h.value }));
  const header = (key: string): string[] => headers.filter((h) => h.key === key).map((h) => h.value);
  const fromAddress = email.from && 'address' in email.from && email.from.address ? email.from.address : null;
  const domain = fromAddress?.includes('@')
    ? (fromAddress.split('@').pop() ?? '').toLowerCase() || null
    : null;
  const listUnsubscribe = header('list-unsubscribe')
    .flatMap((v) => [...v.matchAll(/<([^>]+)>/g)].map((m) => (m[1] ?? '').trim()))
    .filter((v) => v !== '');
  const sender: SenderInfo = {
    from: fromAddress,
    domain,
    dkim: parseDkimSignatures(header('dkim-signature')),
    returnPath: email.returnPath ?? null,
    listUnsubscribe,
    listUnsubscribePost: header('list-unsubscribe-post')[0] ?? null,
    subject: email.subject ?? null,
  };
  // Legacy charsets (Windows-1252, and ISO-8859-1 which means the same to mail clients) may come out as C1 controls.
  let html = email.html === undefined ? undefined : fixC1Controls(email.html);
  let fromText = false;
  const raw = typeof data === 'string' ? data : decodeWindows1252(data.subarray(0, 4 * 1024 * 1024));
  let charset: CharsetFix | null = null;
  if (html !== undefined && html.trim() !== '') {
    const reread = readMislabelledUtf8(html, declaredCharsetOf(raw, 'html'));
    if (reread) ({ text: html, fix: charset } = reread);
  }
  if (html === undefined || html.trim() === '') {
    if (email.text === undefined || email.text.trim() === '') {
      return {
        ok: false,
        error: {
          code: 'no-body',
          message: 'The message has no HTML or text part to inspect (only headers or attachments).',
        },
      };
    }
    let text = fixC1Controls(email.text);
    const reread = readMislabelledUtf8(text, declaredCharsetOf(raw, 'plain'));
    if (reread) ({ text, fix: charset } = reread);
    html = textToHtml(text);
    fromText = true;
  }
  return { ok: true, input: { kind: 'eml', html, bytes, sender, headers, fromText, charset } };
}
