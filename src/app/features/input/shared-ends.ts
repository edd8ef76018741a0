/*
 * How much two texts share at their start and at their end: whether an edit
 * made another email (`isAnotherEmail`), and the smallest change that turns
 * the large email editor's text into the page's (`changeBetween`).
 */

/**
 * Characters compared at once while two texts agree: a block of a string is compared as a whole
 * (a slice of a flat string is not a copy), where a loop over every character took 10 ms of a 1 MB
 * paste's event. Then character by character within the block where they part.
 */
const BLOCK = 1024;

/** How many characters `a` and `b` share at their start, at most `max`. */
export function sharedHead(a: string, b: string, max: number): number {
  let i = 0;
  while (i + BLOCK <= max && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** How many characters `a` and `b` share at their end, at most `max`. */
export function sharedTail(a: string, b: string, max: number): number {
  let i = 0;
  while (
    i + BLOCK <= max &&
    a.slice(a.length - i - BLOCK, a.length - i) === b.slice(b.length - i - BLOCK, b.length - i)
  )
    i += BLOCK;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}
