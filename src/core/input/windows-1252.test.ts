import { describe, expect, it } from 'vitest';
import { decodeWindows1252, fixC1Controls } from './windows-1252';

describe('Windows-1252', () => {
  it('decodes 0x80–0x9F as typographic characters and the rest as Latin-1', () => {
    expect(decodeWindows1252(Uint8Array.from([0x80, 0x93, 0x94, 0x96, 0x97, 0x85, 0xe9, 0x41]))).toBe(
      '€“”–—…éA',
    );
  });

  it('keeps the five unassigned bytes as they are', () => {
    expect(decodeWindows1252(Uint8Array.from([0x81, 0x8d, 0x8f, 0x90, 0x9d]))).toBe(
      '\u0081\u008d\u008f\u0090\u009d',
    );
  });

  it('fixes C1 controls in decoded text and leaves other text alone', () => {
    expect(fixC1Controls('\u0093Hi\u0094 \u0080')).toBe('“Hi” €');
    const text = 'plain “text” é';
    expect(fixC1Controls(text)).toBe(text);
  });

  it('decodes long inputs in chunks', () => {
    expect(decodeWindows1252(new Uint8Array(20_000).fill(0x80))).toBe('€'.repeat(20_000));
  });
});
