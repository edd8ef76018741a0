import { describe, expect, it } from 'vitest';
import { registrableDomain } from './registrable-domain';
import { shortUrl } from './short-url';

describe('registrableDomain', () => {
  it('uses the public suffix list', () => {
    expect(registrableDomain('https://news.shop.example.co.uk/x')).toBe('example.co.uk');
    expect(registrableDomain('https://WWW.Shop.com/')).toBe('shop.com');
    expect(registrableDomain('http://192.0.2.7/x')).toBe('192.0.2.7');
  });

  it('is null for merge-tag hosts and what does not parse', () => {
    expect(registrableDomain('https://xmergetag0x/a')).toBeNull();
    expect(registrableDomain('not a url')).toBeNull();
  });
});

describe('shortUrl', () => {
  it('keeps short URLs and shows empty ones as ""', () => {
    expect(shortUrl('https://x.com/')).toBe('https://x.com/');
    expect(shortUrl('')).toBe('""');
  });

  it('cuts long URLs in the middle to the given length', () => {
    const long = `https://click.example.com/${'a'.repeat(300)}end`;
    const short = shortUrl(long, 40);
    expect(short).toHaveLength(40);
    expect(short.startsWith('https://click.example.com/')).toBe(true);
    expect(short.endsWith('aend')).toBe(true);
    expect(short).toContain('…');
  });
});
