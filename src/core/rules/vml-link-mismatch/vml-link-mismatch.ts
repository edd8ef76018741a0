import { cleanHref } from '../../extract/classify-href';
import type { Link } from '../../types';
import { comparisonKey } from '../../url/comparable-url';
import { shortUrl } from '../../url/short-url';
import { defineRule } from '../define-rule';

/** What a link's destination is compared by: the decoded wrapper destination, else the canonical href. */
function destinationKey(link: Link): string {
  const href = link.href ?? '';
  const target = link.destination?.url ?? (link.kind === 'web' ? href : null);
  if (target !== null) {
    const key = comparisonKey(target);
    if (key !== null) return key;
  }
  return cleanHref(href);
}

/** The link goes through a click-tracking host that hides its destination: the HTML cannot compare it. */
function opaque(link: Link): boolean {
  return link.tracked === true && !link.destination;
}

function describe(link: Link): string {
  return link.element.includes(':')
    ? `VML <${link.element}>`
    : `<${link.element}> inside <!--[if ${link.condition ?? 'mso'}]>`;
}

export const rule = defineRule({
  id: 'vml-link-mismatch',
  defaultSeverity: 'warning',
  category: 'tracking',
  summary:
    'an Outlook-only link (VML href or a link inside <!--[if mso]>) has no counterpart with the same destination in the non-Outlook markup of the same button, or points elsewhere',
  check(ctx) {
    // Runs of consecutive links that are all Outlook-only or all not: a button's Outlook
    // run sits next to the run that other clients see (usually the `<!--[if !mso]><!-->` sibling).
    const runs: Link[][] = [];
    let current: Link[] = [];
    for (const link of ctx.links) {
      if (link.href === null) continue;
      if (current.length > 0 && current[0]?.outlookOnly !== link.outlookOnly) {
        runs.push(current);
        current = [];
      }
      current.push(link);
    }
    if (current.length > 0) runs.push(current);

    runs.forEach((run, r) => {
      if (!run[0]?.outlookOnly) return;
      const k = run.length;
      const after = (runs[r + 1] ?? []).slice(0, k);
      const before = (runs[r - 1] ?? []).slice(-k);
      const candidates = [...after, ...before];
      const keys = new Set(candidates.map(destinationKey));
      const opaqueCandidate = candidates.some(opaque);
      run.forEach((link, i) => {
        if (keys.has(destinationKey(link))) return;
        if (opaqueCandidate && opaque(link)) return;
        const counterpart = after[i] ?? after[after.length - 1] ?? before[i] ?? before[before.length - 1];
        if (!counterpart) {
          ctx.report({
            link,
            message:
              `Outlook-only link (${describe(link)}) to ${shortUrl(link.href ?? '')} has no counterpart with the same ` +
              'destination in the markup other email clients show: only Outlook readers get this link',
          });
          return;
        }
        const untracked = counterpart.tracked === true && link.tracked === false;
        ctx.report({
          link,
          message:
            `Outlook-only link (${describe(link)}) goes to ${shortUrl(link.href ?? '')}, but the same button's link for ` +
            `other email clients (line ${counterpart.line}, ${counterpart.id}) goes to ${shortUrl(counterpart.href ?? '')}: ` +
            (untracked
              ? 'the Outlook link does not go through the click-tracking host, so clicks from Outlook are not counted'
              : 'Outlook readers land elsewhere, and their clicks are counted apart or not at all'),
          data: { counterpart: counterpart.id, counterpartLine: counterpart.line },
        });
      });
    });
  },
});
