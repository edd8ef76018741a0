import type { Link } from '../../types';
import { shortUrl } from '../../url/short-url';
import { defineRule } from '../define-rule';

/**
 * An Outlook-only element left open inside its conditional comment
 * (`<!--[if mso]><v:roundrect href="…"><center><![endif]-->` … `<!--[if mso]></center></v:roundrect><![endif]-->`)
 * wraps markup outside the comment — usually the HTML button with the text —
 * which the parse of the comment cannot see: its text is unknown, not empty.
 */
function textOutsideComment(html: string, link: Link): boolean {
  if (!link.outlookOnly) return false;
  const source = html.slice(link.elementRange.start, link.elementRange.end);
  const name = link.element.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return !new RegExp(`</\\s*${name}\\s*>\\s*$`, 'i').test(source);
}

/** Whether the link has an accessible name: text, alt text of an image or of the element, or a label. */
function hasName(link: Link): boolean {
  if (link.text.trim() !== '' || link.imageAlt !== null || link.ariaLabel !== null) return true;
  const alt = link.attributes['alt']?.trim() ?? '';
  const labelledBy = link.attributes['aria-labelledby']?.trim() ?? '';
  return alt !== '' || labelledBy !== '';
}

export const rule = defineRule({
  id: 'empty-link-text',
  defaultSeverity: 'warning',
  category: 'accessibility',
  summary:
    'a link with no text, no image with alt text and no aria-label: screen readers announce only "link"',
  effect: 'accessibility',
  title: 'Link with nothing to read',
  impact: 'The link has no text and no image description, so screen readers only say "link".',
  remedy: 'Add link text, or a description (alt text) to the image inside the link.',
  fixHint: 'Add link text, image alt text or an aria-label',
  severityRationale:
    'Warning: the link works for most readers, but screen-reader users cannot tell where it goes.',
  messages: {
    'empty-link-text': {
      text: (d) =>
        `Link to ${shortUrl(String(d['href']))} has no text, no image with alt text and no aria-label: screen readers announce only "link"`,
    },
    'empty-link-text/image': {
      text: (d) =>
        `Link to ${shortUrl(String(d['href']))} holds only an image without alt text and has no aria-label: screen readers announce only "link" (or read out the image file name)`,
    },
  },
  check(ctx) {
    for (const link of ctx.links) {
      if (link.href === null || hasName(link) || textOutsideComment(ctx.html, link)) continue;
      // Hidden from assistive technology on purpose (a repeated image link): nothing is announced.
      if (link.attributes['aria-hidden']?.trim().toLowerCase() === 'true') continue;
      ctx.report({
        link,
        messageId: link.hasImage ? 'empty-link-text/image' : 'empty-link-text',
        data: { href: link.href },
      });
    }
  },
});
