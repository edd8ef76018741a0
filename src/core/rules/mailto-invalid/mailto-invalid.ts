import { cleanHref, shiftTags } from '../../extract/classify-href';
import { quoteHref } from '../../extract/quote-href';
import type { MergeTag } from '../../types';
import { defineRule } from '../define-rule';

/** A practical address check (RFC 5322 dot-atom local part, a domain with a dot); international letters allowed. */
const ADDRESS =
  /^(?!\.)(?!.*\.\.)[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]+(?<!\.)@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}]{2,}$/u;
const TAG_PLACEHOLDER = 'mergetag';

/**
 * A `mailto:` link whose address is not a valid address, or whose query
 * (subject, body, cc …) has unencoded spaces. Merge tags stand for a valid
 * part: `mailto:{{email}}` and `mailto:{{user}}@shop.com` are fine.
 */
export const rule = defineRule({
  id: 'mailto-invalid',
  defaultSeverity: 'error',
  category: 'url',
  summary: 'A mailto: link whose address is not valid, or with unencoded spaces in subject/body.',
  effect: 'broken-or-risky',
  title: 'Broken email link',
  impact: 'The email address in this link is not valid, so the reader cannot write to you with one click.',
  remedy: 'Correct the email address in the link.',
  fixHint: 'Fix the email address; encode spaces in subject/body as %20',
  severityRationale: 'Error: the reader’s email program cannot start a message to a broken address.',
  check(ctx) {
    for (const link of ctx.links) {
      if (link.kind !== 'mailto' || link.href === null) continue;
      const cleaned = cleanHref(link.href);
      const problem = mailtoProblem(cleaned, shiftTags(link.href, cleaned, link.mergeTags));
      if (problem === null) continue;
      ctx.report({
        link,
        message: `The email link ${quoteHref(cleaned)} ${problem} Clicking it opens an email to nobody or fails.`,
      });
    }
  },
});

function mailtoProblem(cleaned: string, tags: readonly MergeTag[]): string | null {
  let masked = '';
  let last = 0;
  for (const t of tags) {
    masked += cleaned.slice(last, t.start) + TAG_PLACEHOLDER;
    last = t.end;
  }
  masked += cleaned.slice(last);
  const body = masked.slice(masked.indexOf(':') + 1);
  const q = body.indexOf('?');
  const to = q < 0 ? body : body.slice(0, q);
  const query = q < 0 ? '' : body.slice(q + 1);
  if (to === '') {
    // `mailto:?subject=…` (a share link) and `mailto:?to=…` are fine.
    return query === '' ? 'has no address after "mailto:".' : null;
  }
  // `mailto:a@shop.com&subject=Hi`: the first parameter needs "?", not "&".
  const amp = /^([^&=]+@[^&=]+)&([a-z]+=)/i.exec(to);
  if (q < 0 && amp) {
    return `starts its parameters with "&" instead of "?", so "${amp[2] ?? ''}…" becomes part of the address. Write "mailto:${amp[1] ?? ''}?${amp[2] ?? ''}…".`;
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(to);
  } catch {
    return `has a broken percent-encoding in its address ${quoteHref(to)}.`;
  }
  for (const address of decoded.split(',')) {
    const candidate = address.trim();
    // A merge tag stands for a valid part; what is outside it is not judged on its own.
    if (candidate.includes(TAG_PLACEHOLDER)) continue;
    if (/\s/.test(candidate)) return `has a space in its address ${quoteHref(candidate)}.`;
    if (!ADDRESS.test(candidate)) return `has ${quoteHref(candidate)}, which is not a valid email address.`;
  }
  const spaced = /(?:^|&)([^=&]*)=([^&]*\s[^&]*)/.exec(query);
  if (spaced) {
    return `has unencoded spaces in "${spaced[1] ?? ''}" (write them as %20).`;
  }
  return null;
}
