import { describe, expect, it } from 'vitest';
import type { ImageInfo } from '../extract/extract-links';
import { findOpenPixels, isOpenPixel } from './open-pixel';

const img = (src: string | null, attributes: Record<string, string> = {}): ImageInfo => ({
  src,
  attributes: { ...(src !== null ? { src } : {}), ...attributes },
  offset: 0,
  outlookOnly: false,
  inLink: false,
});

describe('isOpenPixel', () => {
  it('recognises platform open-pixel shapes on any host', () => {
    expect(isOpenPixel(img('https://click.shop.example.com/wf/open?upn=abc'))).toBe(true);
    expect(isOpenPixel(img('https://acme.us14.list-manage.com/track/open.php?u=1&id=2&e=3'))).toBe(true);
  });

  it('recognises images served from a tracking domain', () => {
    expect(
      isOpenPixel(img('https://email.shop.example.com/o/eJxVkE1uwzAIhE9T7yJ'), ['email.shop.example.com']),
    ).toBe(true);
  });

  it('does not take a sized picture on the tracking host for the pixel', () => {
    expect(
      isOpenPixel(img('https://t.shop.example.com/images/logo.png', { width: '200', height: '50' }), [
        't.shop.example.com',
      ]),
    ).toBe(false);
  });

  it('recognises remote 1×1 images by attributes or style', () => {
    expect(isOpenPixel(img('https://stats.example.com/p.gif?id=1', { width: '1', height: '1' }))).toBe(true);
    expect(
      isOpenPixel(img('https://stats.example.com/p.gif', { style: 'width:1px;height:1px;border:0' })),
    ).toBe(true);
    expect(isOpenPixel(img('https://stats.example.com/p.gif', { width: '0', height: '0' }))).toBe(true);
  });

  it('leaves ordinary images, local images and spacers without size alone', () => {
    expect(isOpenPixel(img('https://shop.example.com/logo.png', { width: '120', height: '40' }))).toBe(false);
    expect(isOpenPixel(img('https://shop.example.com/spacer.gif', { width: '1' }))).toBe(false);
    expect(isOpenPixel(img('cid:logo', { width: '1', height: '1' }))).toBe(false);
    expect(isOpenPixel(img(null))).toBe(false);
  });

  it('finds the pixels among images', () => {
    const pixel = img('https://click.shop.example.com/wf/open?upn=abc');
    expect(findOpenPixels([img('https://shop.example.com/logo.png'), pixel])).toEqual([pixel]);
  });
});
