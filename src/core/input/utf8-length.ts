const encoder = new TextEncoder();

/**
 * The length of a string in UTF-8, as the platform's encoder counts it (a
 * lone surrogate becomes U+FFFD, 3 bytes). Long strings are encoded in
 * slices into one reused buffer, so no copy of the whole text is made.
 */
export function utf8Length(s: string): number {
  if (s.length <= SLICE) return encoder.encode(s).byteLength;
  let n = 0;
  for (let i = 0; i < s.length;) {
    let end = Math.min(i + SLICE, s.length);
    // Never split a surrogate pair between two slices.
    const last = s.charCodeAt(end - 1);
    if (end < s.length && last >= 0xd800 && last < 0xdc00) end--;
    const { written } = encoder.encodeInto(s.slice(i, end), buffer);
    n += written;
    i = end;
  }
  return n;
}

/** UTF-16 units per slice; the buffer holds the worst case, 3 bytes per unit. */
const SLICE = 64 * 1024;
const buffer = new Uint8Array(SLICE * 3);
