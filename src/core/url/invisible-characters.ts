/**
 * Invisible format characters that text pasted from a word processor, a chat
 * app or a right-to-left editor carries into links: they show as nothing, but
 * a URL keeps them (percent-encoded), so the address is no longer the page's.
 * Spaces (no-break, ideographic) are white space, not listed here.
 */
const NAMES: ReadonlyMap<string, string> = new Map([
  ['\u00AD', 'soft hyphen'],
  ['\u180E', 'Mongolian vowel separator'],
  ['\u200B', 'zero-width space'],
  ['\u200C', 'zero-width non-joiner'],
  ['\u200D', 'zero-width joiner'],
  ['\u200E', 'left-to-right mark'],
  ['\u200F', 'right-to-left mark'],
  ['\u202A', 'left-to-right embedding'],
  ['\u202B', 'right-to-left embedding'],
  ['\u202C', 'pop directional formatting'],
  ['\u202D', 'left-to-right override'],
  ['\u202E', 'right-to-left override'],
  ['\u2060', 'word joiner'],
  ['\u2061', 'invisible function application'],
  ['\u2062', 'invisible times'],
  ['\u2063', 'invisible separator'],
  ['\u2064', 'invisible plus'],
  ['\u2066', 'left-to-right isolate'],
  ['\u2067', 'right-to-left isolate'],
  ['\u2068', 'first strong isolate'],
  ['\u2069', 'pop directional isolate'],
  ['\uFEFF', 'zero-width no-break space (byte order mark)'],
]);

export const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');

/** The name of an invisible character (`zero-width space`), or null for any other character. */
export function invisibleName(c: string): string | null {
  return NAMES.get(c) ?? null;
}

export interface InvisibleCharacter {
  char: string;
  name: string;
  /** Its code point, written `U+200B`. */
  code: string;
  /** 0-based index in the text. */
  index: number;
}

/** Every invisible character in a text, in order. */
export function findInvisible(text: string): InvisibleCharacter[] {
  // Most texts have none: one test, no iterator and arrays.
  if (!INVISIBLE.test(text)) return [];
  return [...text.matchAll(INVISIBLE_ALL)].map((m) => {
    const char = m[0];
    return {
      char,
      name: NAMES.get(char) ?? 'invisible character',
      code: `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
      index: m.index,
    };
  });
}

/** The text without its invisible characters. */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE_ALL, '');
}
