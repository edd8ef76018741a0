/**
 * Windows-1252, as the WHATWG Encoding Standard defines it (and as it decodes
 * the labels `iso-8859-1`, `latin1` and `us-ascii` too): bytes 0x80–0x9F are
 * typographic characters (“ ” ‘ ’ – — € …), not C1 controls. Some Node
 * releases decode them as C1 controls; this puts them right everywhere.
 * Source: https://encoding.spec.whatwg.org/index-windows-1252.txt
 */
const HIGH: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d,
  0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x9d, 0x017e, 0x0178,
];

/** Replaces C1 control characters (U+0080–U+009F) by the Windows-1252 characters their bytes stand for. */
export function fixC1Controls(text: string): string {
  if (!/[\u0080-\u009f]/.test(text)) return text;
  return text.replace(/[\u0080-\u009f]/g, (c) =>
    String.fromCharCode(HIGH[c.charCodeAt(0) - 0x80] ?? c.charCodeAt(0)),
  );
}

/** Decodes bytes as Windows-1252. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const part = bytes.subarray(i, i + CHUNK);
    out += String.fromCharCode(
      ...Array.from(part, (b) => (b >= 0x80 && b < 0xa0 ? (HIGH[b - 0x80] ?? b) : b)),
    );
  }
  return out;
}

const BYTE_OF: ReadonlyMap<number, number> = new Map(HIGH.map((code, i) => [code, 0x80 + i]));

/** Encodes text as Windows-1252 bytes; null when a character has no Windows-1252 byte. */
export function encodeWindows1252(text: string): Uint8Array | null {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : BYTE_OF.get(code);
    if (byte === undefined) return null;
    out[i] = byte;
  }
  return out;
}
