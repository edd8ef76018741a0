import { optOutsOf } from '../../esp/catalogue';
import type { Link } from '../../types';

/** Edits that remove, from the link's start tag, each attribute the platform catalogue knows as a click-tracking opt-out. */
export function optOutAttributeEdits(
  html: string,
  link: Link,
): Array<{ start: number; end: number; text: string }> {
  const names = new Set(optOutsOf(link.attributes).map((m) => m.attribute));
  // A class such as `mktNoTrack` is one token among others; removing the class attribute would change styling.
  names.delete('class');
  const tag = html.slice(link.startTag.start, link.startTag.end);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (const m of tag.matchAll(/\s+([^\s=/>"']+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g)) {
    if (!names.has((m[1] ?? '').toLowerCase())) continue;
    edits.push({
      start: link.startTag.start + m.index,
      end: link.startTag.start + m.index + m[0].length,
      text: '',
    });
  }
  return edits;
}
