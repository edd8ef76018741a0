import { quoteHref } from '../../extract/quote-href';
import type { Link } from '../../types';
import { defineRule } from '../define-rule';

/** A phone number: digits with the usual separators, 7 to 15 digits. */
function isPhoneNumber(text: string): boolean {
  const digits = text.replace(/\D/g, '').length;
  return /^\+?[\d\s().\-/]+$/.test(text) && digits >= 7 && digits <= 15;
}

/** A postal address or part of one: a house number and street word, a state and ZIP, a PO box. */
function isPostalAddress(text: string): boolean {
  return (
    /\b\d+[a-z]?\s+(?:[\p{L}.'-]+\s+){0,4}(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|place|pl|square|sq|court|ct|suite|floor|straße|strasse|str|weg|platz|allee|rue)\b/iu.test(
      text,
    ) ||
    /\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b/.test(text) ||
    /\b(?:P\.?\s?O\.?\s+Box|Postfach)\s+\d+/i.test(text)
  );
}

/**
 * An auto-link blocker: `href="#"` (or empty) styled like plain text
 * (`text-decoration:none`) around a postal address or phone number. Mail apps
 * turn addresses and phone numbers into links of their own; wrapping them in
 * a dead link stops that. It is not a link anyone is meant to click.
 */
function isAutoLinkBlocker(link: Link): boolean {
  const style = (link.attributes['style'] ?? '').toLowerCase().replace(/\s+/g, '');
  if (!style.includes('text-decoration:none')) return false;
  const text = link.text.trim();
  return text !== '' && (isPhoneNumber(text) || isPostalAddress(text));
}

/** An href that is empty, white space only, or only `#`. */
export const rule = defineRule({
  id: 'empty-href',
  defaultSeverity: 'error',
  category: 'url',
  summary: 'The href is empty or only "#".',
  effect: 'broken-or-risky',
  title: 'Link with an empty address',
  impact: 'The address is empty (or only "#"), so the click goes nowhere useful and is not counted.',
  remedy: 'Fill in the address of the page the link should open.',
  fixHint: 'Fill in the destination address',
  severityRationale: 'Error: the link leads nowhere, so every click is wasted.',
  messages: {
    'empty-href': {
      text: (d) => {
        const href = String(d['href']);
        const what = href.trim() === '#' ? `only ${quoteHref(href)}` : `empty (${quoteHref(href)})`;
        const label = d['text'] !== '' ? ` "${String(d['text']).slice(0, 60)}"` : '';
        return (
          `The link${label} has an href that is ${what}: a placeholder that was never filled in. ` +
          `Clicks go nowhere (or reload the email) and are not tracked. Put the real address in it.`
        );
      },
    },
  },
  check(ctx) {
    for (const link of ctx.links) {
      if (link.href === null || link.kind !== 'empty') continue;
      if (isAutoLinkBlocker(link)) continue;
      ctx.report({ link, messageId: 'empty-href', data: { href: link.href, text: link.text } });
    }
  },
});
