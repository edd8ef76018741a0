import { INVISIBLE, withoutInvisible } from '../../url/invisible-characters';
import { cleanHref, shiftTags } from '../../extract/classify-href';
import { quoteHref } from '../../extract/quote-href';
import { webUrlProblem, type WebUrlProblemCode } from '../../extract/web-url-problem';
import { defineRule, type RuleMessage } from '../define-rule';

/** Every problem code (a record, so a new code cannot be left without its message). */
const PROBLEM_CODES: Readonly<Record<WebUrlProblemCode, true>> = {
  'scheme-typo': true,
  'missing-colon': true,
  'wrong-colon': true,
  'wrong-slashes': true,
  backslashes: true,
  'double-scheme': true,
  'no-host': true,
  'host-spaces': true,
  'host-no-dot': true,
  'bad-host': true,
  'bad-port': true,
  unparseable: true,
};

/** One message per problem: `malformed-url/<code>`. */
const PROBLEM_MESSAGES = Object.fromEntries(
  (Object.keys(PROBLEM_CODES) as WebUrlProblemCode[]).map((code) => [
    `malformed-url/${code}`,
    { text: (d: Record<string, unknown>) => head(d) + explain(code, String(d['part'])) },
  ]),
) as Readonly<Record<`malformed-url/${WebUrlProblemCode}`, RuleMessage>>;

/**
 * A link meant as a web link that cannot work: a misspelt scheme, a missing
 * colon or slash, the scheme twice, a host with spaces or without a dot, an
 * invalid port. Merge tags count as a valid part (`https://{{host}}/x` is fine).
 */
export const rule = defineRule({
  id: 'malformed-url',
  defaultSeverity: 'error',
  category: 'url',
  summary:
    'The href cannot be a working URL (http//x, https:/x, htps://x, http://http://x, bad host or port).',
  effect: 'broken-or-risky',
  title: 'Mistyped web address',
  impact:
    'The address cannot work as written (for example "http//" or "htps://"), so the click leads to an error.',
  remedy: 'Retype the address, checking the https:// part and the website name.',
  fixHint: 'Retype the address; check the https:// part and the domain',
  severityRationale:
    'Error: an address that cannot be parsed never reaches the page, so every click is lost.',
  messages: {
    'malformed-url': {
      text: (d) => `${head(d)}browsers cannot read it as a URL. Check it character by character.`,
    },
    ...PROBLEM_MESSAGES,
  },
  check(ctx) {
    for (const link of ctx.links) {
      if (link.kind !== 'web' || link.url !== null || link.href === null) continue;
      const cleaned = cleanHref(link.href);
      // Broken only by invisible characters: invisible-characters names them, one finding per cause.
      if (INVISIBLE.test(cleaned) && URL.canParse(withoutInvisible(cleaned))) continue;
      const problem = webUrlProblem(cleaned, shiftTags(link.href, cleaned, link.mergeTags));
      ctx.report({
        link,
        messageId: problem ? `malformed-url/${problem.code}` : 'malformed-url',
        data: { href: cleaned, ...(problem ? { problem: problem.code, part: problem.part } : {}) },
      });
    }
  },
});

function head(d: Record<string, unknown>): string {
  return `The link ${quoteHref(String(d['href']))} is not a working address: `;
}

/** Why the address cannot work, from the problem's code and the part of the href that is wrong. */
function explain(code: WebUrlProblemCode, wrong: string): string {
  const part = quoteHref(wrong);
  const scheme = /^https/i.test(wrong) ? 'https://' : 'http://';
  switch (code) {
    case 'scheme-typo':
      return `the scheme ${part} is misspelt, so neither browsers nor click tracking recognise it. Write "https://".`;
    case 'missing-colon':
      return `the colon after "http" is missing in ${part}. Write "${scheme}".`;
    case 'wrong-colon':
      return `${part} has a wrong separator after the scheme. Write "${scheme}".`;
    case 'wrong-slashes':
      return `the scheme ${part} needs exactly two slashes. Write "${scheme}".`;
    case 'backslashes':
      return `${part} uses backslashes; web addresses use forward slashes. Write "${scheme}".`;
    case 'double-scheme':
      return `the scheme is written twice (${part}), so the host reads as "http". Remove one.`;
    case 'no-host':
      return `there is no domain after ${part}.`;
    case 'host-spaces':
      return `the domain ${part} contains a space.`;
    case 'host-no-dot':
      return `the domain ${part} has no dot, so it is not a public web address.`;
    case 'bad-host':
      return `the domain ${part} has an empty label (two dots in a row or a leading dot).`;
    case 'bad-port':
      return `the port in ${part} is not a number from 0 to 65535.`;
    case 'unparseable':
      return `browsers cannot read ${part} as a web address.`;
  }
}
