import { describe, expect, it } from 'vitest';
import { classifyHref, cleanHref, isBareEmailAddress, startsWithHost } from './classify-href';
import { findMergeTags } from '../url/merge-tags';

const classify = (href: string | null): ReturnType<typeof classifyHref> =>
  classifyHref(href, href === null ? [] : findMergeTags(href));

describe('classifyHref', () => {
  it.each([
    ['https://Shop.COM/a b?x=1#f', 'web', 'https://shop.com/a%20b?x=1#f'],
    ['HTTP://shop.com', 'web', 'http://shop.com/'],
    ['  https://shop.com/x \n', 'web', 'https://shop.com/x'],
    ['“https://shop.com/x”', 'web', 'https://shop.com/x'],
    ['\u00A0https://shop.com/x', 'web', 'https://shop.com/x'],
    ['https://shop.com/?e={{email}}', 'web', 'https://shop.com/?e={{email}}'],
    ['https://{{host}}/x', 'web', 'https://{{host}}/x'],
    ['http://127.0.0.1:${PORT}/x', 'web', 'http://127.0.0.1:${PORT}/x'],
    ['http//shop.com', 'web', null],
    ['htps://shop.com', 'web', null],
    ['https:/shop.com', 'web', null],
    ['http://http://shop.com', 'web', null],
    ['https://shop/', 'web', null],
    ['mailto:a@shop.com', 'mailto', 'mailto:a@shop.com'],
    ['tel:+44 20 1234', 'tel', 'tel:+44 20 1234'],
    ['callto:alice', 'tel', 'callto:alice'],
    ['sms:+441234', 'sms', 'sms:+441234'],
    ['javascript:void(0)', 'javascript', null],
    ['data:text/html,x', 'javascript', null],
    ['ftp://files.shop.com/', 'other', 'ftp://files.shop.com/'],
    ['#top', 'fragment', null],
    ['#{link}', 'merge-tag', null],
    ['{{url}}', 'merge-tag', null],
    ['{{url}', 'merge-tag', null],
    ['*|UNSUB|', 'merge-tag', null],
    ['%%view_email_url%', 'merge-tag', null],
    ['/pricing', 'relative', null],
    ['www.shop.com', 'relative', null],
    ['shop.com:8080/x', 'relative', null],
    ['', 'empty', null],
    ['  ', 'empty', null],
    ['#', 'empty', null],
    [null, 'empty', null],
  ] as const)('%j is %s', (href, kind, url) => {
    expect(classify(href)).toEqual({ kind, url });
  });
});

describe('startsWithHost', () => {
  it.each([
    ['www.shop.com/x', true],
    ['shop.com', true],
    ['shop.co.uk/x', true],
    ['//cdn.x', true],
    ['bücher.de', true],
    ['page.html', false],
    ['logo.png', false],
    ['/shop.com', false],
    ['index.php?x=1', false],
  ])('%s → %s', (href, expected) => {
    expect(startsWithHost(href)).toBe(expected);
  });
});

describe('cleanHref and isBareEmailAddress', () => {
  it('strips what browsers strip and word processors add', () => {
    expect(cleanHref('\u200B “https://x.com/a\tb” \n')).toBe('https://x.com/ab');
  });

  it.each([
    ['info@shop.com', true],
    ['first.last@shop.co.uk', true],
    ['info@shop', false],
    ['mailto:info@shop.com', false],
    ['/a@b.com', false],
    ['mailto;info@shop.com', false],
    ["jörg.o'brien@bücher.de", true],
  ])('%s is a bare address: %s', (href, expected) => {
    expect(isBareEmailAddress(href)).toBe(expected);
  });
});
