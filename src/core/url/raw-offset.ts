import type { Link } from '../types';

/**
 * Where a pattern first matches inside the href as written, as an offset into
 * the HTML; undefined when the link has no href in the source or the pattern
 * does not match there (e.g. the match is in a decoded wrapper destination).
 */
export function rawOffsetOf(link: Pick<Link, 'raw'>, pattern: RegExp): number | undefined {
  if (!link.raw) return undefined;
  const m = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(link.raw.rawValue);
  return m ? link.raw.valueRange.start + m.index : undefined;
}
