import type { RawLinkAttribute } from '../types';

/**
 * Writes a new href value the way the source writes its attributes: `&` as
 * `&amp;` where the source did so, the quote character escaped, and quotes
 * added to an unquoted value that would otherwise end early.
 */
export function encodeAttributeValue(value: string, raw: RawLinkAttribute): string {
  // Follow the source: `&amp;` if it wrote that (or had no `&` at all), a bare `&` if it wrote bare ones.
  const sourceEscapesAmp = /&amp;/i.test(raw.rawValue) || !raw.rawValue.includes('&');
  let out = value;
  if (sourceEscapesAmp) out = out.replace(/&(?!(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);)/gi, '&amp;');
  if (raw.quote === '"') out = out.replace(/"/g, '&quot;');
  else if (raw.quote === "'") out = out.replace(/'/g, '&#39;');
  else if (/[\s"'=<>`]/.test(out) || out === '') out = `"${out.replace(/"/g, '&quot;')}"`;
  return out;
}
