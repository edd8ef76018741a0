import { INVISIBLE, withoutInvisible } from '../../url/invisible-characters';
import { cleanHref, shiftTags } from '../../extract/classify-href';
import { quoteHref } from '../../extract/quote-href';
import { webUrlProblem, type WebUrlProblem } from '../../extract/web-url-problem';
import { defineRule } from '../define-rule';

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
  check(ctx) {
    for (const link of ctx.links) {
      if (link.kind !== 'web' || link.url !== null || link.href === null) continue;
      const cleaned = cleanHref(link.href);
      // Broken only by invisible characters: invisible-characters names them, one finding per cause.
      if (INVISIBLE.test(cleaned) && URL.canParse(withoutInvisible(cleaned))) continue;
      const problem = webUrlProblem(cleaned, shiftTags(link.href, cleaned, link.mergeTags));
      ctx.report({
        link,
        message: `The link ${quoteHref(cleaned)} is not a working address: ${explain(problem)}`,
        ...(problem ? { data: { problem: problem.code } } : {}),
      });
    }
  },
});

function explain(problem: WebUrlProblem | null): string {
  if (problem === null) return 'browsers cannot read it as a URL. Check it character by character.';
  const part = quoteHref(problem.part);
  const scheme = /^https/i.test(problem.part) ? 'https://' : 'http://';
  switch (problem.code) {
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
