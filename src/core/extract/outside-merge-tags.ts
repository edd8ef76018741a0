import type { MergeTag } from '../types';

/**
 * The value with the text of each merge tag blanked out (same length, so
 * offsets still match): rules judge an href only on the parts outside its tags.
 */
export function outsideMergeTags(value: string, tags: readonly MergeTag[], blank = ' '): string {
  if (tags.length === 0) return value;
  let out = '';
  let last = 0;
  for (const tag of tags) {
    if (tag.start < last || tag.end > value.length) continue;
    out += value.slice(last, tag.start) + blank.repeat(tag.end - tag.start);
    last = tag.end;
  }
  return out + value.slice(last);
}
