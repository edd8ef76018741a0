/**
 * A DKIM selector (RFC 6376 §3.1: dot-separated labels). Underscores are
 * allowed because some platforms publish them; anything else is a 400.
 */
export const MAX_SELECTORS = 10;
const SELECTOR = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*$/;

export function checkSelector(
  value: string,
): { ok: true; selector: string } | { ok: false; problem: string } {
  const s = value.trim().toLowerCase();
  if (s === '') return { ok: false, problem: 'is empty' };
  if (s.length > 128) return { ok: false, problem: 'is longer than 128 characters' };
  if (!SELECTOR.test(s))
    return { ok: false, problem: 'may hold only letters, digits, hyphens, underscores and dots' };
  return { ok: true, selector: s };
}
