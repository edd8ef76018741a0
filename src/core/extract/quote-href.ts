/**
 * How an href (or a part of one) is quoted in a finding's message: in straight
 * double quotes, invisible characters made visible (`\n`, `\t`, `\u00A0`),
 * and long values shortened in the middle so the offending part stays readable.
 */
export function quoteHref(value: string, max = 90): string {
  let shown = value
    .replace(/\r/g, '\\r')
    .replace(/\n/g, '\\n')
    .replace(/\t/g, '\\t')
    .replace(
      /[\u00A0\u200B\u2060\u3000\uFEFF]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
    );
  if (shown.length > max) {
    const head = Math.ceil((max - 1) * 0.6);
    const tail = max - 1 - head;
    shown = `${shown.slice(0, head)}…${shown.slice(shown.length - tail)}`;
  }
  return `"${shown}"`;
}

/** A short excerpt of `value` around `[start, end)`, with `…` where it was cut. */
export function excerpt(value: string, start: number, end: number, context = 20): string {
  const from = Math.max(0, start - context);
  const to = Math.min(value.length, end + context);
  return `${from > 0 ? '…' : ''}${value.slice(from, to)}${to < value.length ? '…' : ''}`;
}
