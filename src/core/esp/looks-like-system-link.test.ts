import { describe, expect, it } from 'vitest';
import { looksLikeSystemLink } from './looks-like-system-link';

const link = (href: string, text = 'Shop'): { href: string; text: string } => ({ href, text });

describe('looksLikeSystemLink', () => {
  it.each([
    link('https://shop.example.com/unsubscribe?u=1'),
    link('https://x.us14.list-manage.com/profile?u=1'),
    link('https://shop.example.com/email-preferences'),
    link('https://shop.example.com/view-in-browser/123'),
    link('https://shop.example.com/p/1', 'Unsubscribe'),
    link('https://shop.example.com/p/2', 'View this email in your browser'),
    link('https://shop.example.com/privacy-policy'),
    link('https://shop.example.com/info/impressum/'),
    link('https://shop.example.com/x', 'Datenschutz'),
    link('https://shop.example.com/x', 'Abmelden'),
  ])('knows $href ($text)', (l) => {
    expect(looksLikeSystemLink(l)).toBe(true);
  });

  it.each([
    link('https://shop.example.com/coats'),
    link('https://terms.example.com/coats'),
    link(
      'https://shop.example.com/x',
      'Our new phone puts your privacy first, with a case made of recycled plastic',
    ),
  ])('leaves $href alone', (l) => {
    expect(looksLikeSystemLink(l)).toBe(false);
  });
});
