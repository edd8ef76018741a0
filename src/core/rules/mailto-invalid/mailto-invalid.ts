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
  messages: {
    'mailto-invalid': {
      text: (d) => say(d, `has ${quoteHref(String(d['address']))}, which is not a valid email address.`),
    },
    'mailto-invalid/no-address': {
      text: (d) => say(d, 'has no address after "mailto:".'),
    },
    'mailto-invalid/ampersand': {
      text: (d) =>
        say(
          d,
          `starts its parameters with "&" instead of "?", so "${String(d['parameter'])}=…" becomes part of the address. ` +
            `Write "mailto:${String(d['address'])}?${String(d['parameter'])}=…".`,
        ),
    },
    'mailto-invalid/broken-encoding': {
      text: (d) => say(d, `has a broken percent-encoding in its address ${quoteHref(String(d['address']))}.`),
    },
    'mailto-invalid/space-in-address': {
      text: (d) => say(d, `has a space in its address ${quoteHref(String(d['address']))}.`),
    },
    'mailto-invalid/unencoded-spaces': {
      text: (d) => say(d, `has unencoded spaces in "${String(d['parameter'])}" (write them as %20).`),
    },
  },
  check(ctx) {
    for (const link of ctx.links) {
      if (link.kind !== 'mailto' || link.href === null) continue;
      const cleaned = cleanHref(link.href);
      const problem = mailtoProblem(cleaned, shiftTags(link.href, cleaned, link.mergeTags));
      if (problem === null) continue;
      ctx.report({
        link,
        messageId: problem.variant === null ? 'mailto-invalid' : `mailto-invalid/${problem.variant}`,
        data: { href: cleaned, ...problem.data },
      });
    }
  },
});

function say(d: Record<string, unknown>, problem: string): string {
  return `The email link ${quoteHref(String(d['href']))} ${problem} Clicking it opens an email to nobody or fails.`;
}

interface MailtoProblem {
  /** The message variant; null for an address that is not valid. */
  variant: 'no-address' | 'ampersand' | 'broken-encoding' | 'space-in-address' | 'unencoded-spaces' | null;
  data: { address?: string; parameter?: string };
}

function mailtoProblem(cleaned: string, tags: readonly MergeTag[]): MailtoProblem | null {
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
    return query === '' ? { variant: 'no-address', data: {} } : null;
  }
  // `mailto:a@shop.com&subject=Hi`: the first parameter needs "?", not "&".
  const amp = /^([^&=]+@[^&=]+)&([a-z]+)=/i.exec(to);
  if (q < 0 && amp) {
    return { variant: 'ampersand', data: { address: amp[1] ?? '', parameter: amp[2] ?? '' } };
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(to);
  } catch {
    return { variant: 'broken-encoding', data: { address: to } };
  }
  for (const address of decoded.split(',')) {
    const candidate = address.trim();
    // A merge tag stands for a valid part; what is outside it is not judged on its own.
    if (candidate.includes(TAG_PLACEHOLDER)) continue;
    if (/\s/.test(candidate)) return { variant: 'space-in-address', data: { address: candidate } };
    if (!ADDRESS.test(candidate)) return { variant: null, data: { address: candidate } };
  }
  const spaced = /(?:^|&)([^=&]*)=([^&]*\s[^&]*)/.exec(query);
  if (spaced) return { variant: 'unencoded-spaces', data: { parameter: spaced[1] ?? '' } };
  return null;
}
