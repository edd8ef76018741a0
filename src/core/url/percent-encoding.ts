/**
 * Percent-encoding equivalence of RFC 3986 §6.2.2: hex digits are
 * case-insensitive (`%2f` = `%2F`) and an encoded unreserved character
 * (`%7E`, `%41`) is the same as the character itself.
 */
export function normalisePercentEncoding(s: string): string {
  if (!s.includes('%')) return s;
  return s.replace(/%([0-9A-Fa-f]{2})/g, (_whole, hex: string) => {
    const code = Number.parseInt(hex, 16);
    const c = String.fromCharCode(code);
    return /[A-Za-z0-9\-._~]/.test(c) ? c : `%${hex.toUpperCase()}`;
  });
}

/** Decodes a query-string value as form data (`+` is a space); malformed escapes are kept as written. */
export function decodeQueryValue(s: string): string {
  // Most values have nothing to decode.
  if (!s.includes('%') && !s.includes('+')) return s;
  const spaced = s.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced.replace(/%([0-9A-Fa-f]{2})/g, (whole, hex: string) => {
      const code = Number.parseInt(hex, 16);
      return code < 0x80 ? String.fromCharCode(code) : whole;
    });
  }
}
