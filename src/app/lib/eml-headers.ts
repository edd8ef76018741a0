/**
 * One header of a raw message, unfolded, from the header block (before the
 * first empty line); null when the text has no such header.
 */
export function headerOf(message: string, name: string): string | null {
  const end = message.search(/\r?\n\r?\n/);
  const block = (end < 0 ? message : message.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
  const wanted = name.toLowerCase();
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0 && line.slice(0, colon).trim().toLowerCase() === wanted)
      return line.slice(colon + 1).trim();
  }
  return null;
}
