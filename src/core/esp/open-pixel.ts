import type { ImageInfo } from '../extract/extract-links';
import { shapeStrengthOf } from './catalogue';
import { hostMatches, hostOf } from './tracking-context';

/**
 * Whether an image is an open-tracking pixel: its URL has a platform's
 * open-pixel shape, it is served from a click-tracking domain, or it is a
 * remote image of at most 1×1 pixels (width/height attributes or inline style).
 */
export function isOpenPixel(image: ImageInfo, trackingDomains: readonly string[] = []): boolean {
  const src = image.src?.trim() ?? '';
  if (!WEB_URL.test(src)) return false;
  const host = hostOf(src);
  if (host === null) return false;
  const onTrackingHost = trackingDomains.some((d) => hostMatches(host, d));
  const open = shapeStrengthOf(src, 'open');
  if (open === 'strong' || (onTrackingHost && open !== null)) return true;
  // An image on the tracking host is the pixel unless its size says it is a picture (a logo the platform hosts).
  if (onTrackingHost) return !isSized(image.attributes);
  return isTiny(image.attributes);
}

/** A module constant: a regex literal makes a RegExp object on every call (once per image). */
const WEB_URL = /^https?:\/\//i;

function isSized(attributes: Readonly<Record<string, string>>): boolean {
  return ['width', 'height'].some((name) => {
    const n = Number.parseFloat(attributes[name] ?? '');
    return Number.isFinite(n) && n > 1;
  });
}

/**
 * The open-tracking pixels among the images, in document order. Several rules
 * ask about one analysis' images and tracking domains (the same arrays): the
 * answer is kept for them, with the images, and goes when they do.
 */
export function findOpenPixels(
  images: readonly ImageInfo[],
  trackingDomains: readonly string[] = [],
): readonly ImageInfo[] {
  const known = PIXELS.get(images);
  if (known && known.trackingDomains === trackingDomains) return known.pixels;
  const pixels = images.filter((image) => isOpenPixel(image, trackingDomains));
  PIXELS.set(images, { trackingDomains, pixels });
  return pixels;
}

const PIXELS = new WeakMap<
  readonly ImageInfo[],
  { trackingDomains: readonly string[]; pixels: readonly ImageInfo[] }
>();

/** `width: 1px` / `height: 1px` in a style attribute: compiled once, not per image. */
const STYLE_SIZE = {
  width: /(?:^|;)\s*width\s*:\s*(\d+(?:\.\d+)?)px/i,
  height: /(?:^|;)\s*height\s*:\s*(\d+(?:\.\d+)?)px/i,
} as const;

function isTiny(attributes: Readonly<Record<string, string>>): boolean {
  const style = attributes['style'] ?? '';
  const w = sizeOf(attributes, style, 'width');
  const h = sizeOf(attributes, style, 'height');
  return w !== null && h !== null && w <= 1 && h <= 1;
}

/** The image's width or height, from its attribute or else its inline style; null when neither gives a number. */
function sizeOf(
  attributes: Readonly<Record<string, string>>,
  style: string,
  name: 'width' | 'height',
): number | null {
  const raw = attributes[name] ?? STYLE_SIZE[name].exec(style)?.[1];
  if (raw === undefined) return null;
  const n = Number.parseFloat(raw);
  return Number.isFinite(n) ? n : null;
}
