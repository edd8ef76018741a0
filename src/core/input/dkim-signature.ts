import type { DkimSignatureRef } from '../types';

/** The `d=` and `s=` tags of each DKIM-Signature header (RFC 6376 §3.5), in header order, without repeats. */
export function parseDkimSignatures(values: readonly string[]): DkimSignatureRef[] {
  const out: DkimSignatureRef[] = [];
  for (const value of values) {
    const tags = new Map<string, string>();
    for (const part of value.split(';')) {
      const eq = part.indexOf('=');
      if (eq < 0) continue;
      tags.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).replace(/\s+/g, ''));
    }
    const domain = tags.get('d')?.toLowerCase();
    const selector = tags.get('s');
    if (domain && selector && !out.some((r) => r.domain === domain && r.selector === selector)) {
      out.push({ domain, selector });
    }
  }
  return out;
}
