/** The UTF-16 offset at which the UTF-8 encoding of `text` passes `bytes` bytes. */
export function utf16OffsetOfByte(text: string, bytes: number): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const size =
      c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 4 : c >= 0xdc00 && c < 0xe000 ? 0 : 3;
    if (n + size > bytes) return i;
    n += size;
  }
  return text.length;
}
