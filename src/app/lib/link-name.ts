import type { ReportLink } from '../../core/types';

const MAX = 60;

function clip(text: string): string {
  return text.length > MAX ? `${text.slice(0, MAX - 1).trimEnd()}…` : text;
}

/**
 * How the page names a link: its visible text, else its image's alt text,
 * else its aria-label or title, else "image link" or the address it points to.
 */
export function linkName(link: ReportLink): string {
  const text = link.text.trim();
  if (text) return clip(text);
  if (link.imageAlt?.trim()) return clip(link.imageAlt.trim());
  if (link.ariaLabel?.trim()) return clip(link.ariaLabel.trim());
  if (link.hasImage) return 'image link';
  if (link.element !== 'a' && link.outlookOnly) return 'Outlook button';
  if (link.href?.trim()) return clip(link.href.trim());
  return 'link without an address';
}
