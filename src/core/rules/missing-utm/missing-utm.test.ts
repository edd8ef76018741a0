import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'missing-utm';
const UTM = 'utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=winter';

describe(ID, () => {
  it('reports a link to the own site without utm_* when most such links carry them', () => {
    const html = [
      `<a href="https://shop.example.com/coats?${UTM}">Coats</a>`,
      `<a href="https://www.shop.example.com/boots?${UTM}">Boots</a>`,
      '<p>Also: <a href="https://blog.shop.example.com/style-guide">Style guide</a></p>',
    ].join('\n');
    const found = findingsOf(ID, html);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: ID, severity: 'warning', link: 'L3', line: 3, column: 19 });
    const message = found[0]?.message ?? '';
    expect(message).toContain('Link to blog.shop.example.com has no utm_* parameters');
    expect(message).toContain('2 of the 3 links to example.com carry them');
    expect(message).toContain('utm_source=newsletter&utm_medium=email&utm_campaign=winter');
  });

  it('leaves links to other sites, system links and tagless emails alone', () => {
    const html = [
      `<a href="https://shop.example.com/coats?${UTM}">Coats</a>`,
      `<a href="https://shop.example.com/boots?${UTM}">Boots</a>`,
      '<a href="https://www.instagram.com/shop">Instagram</a>',
      '<a href="https://shop.example.com/unsubscribe?id=1">Unsubscribe</a>',
      '<a href="https://shop.example.com/p?id=1">Manage your preferences</a>',
      '<a href="https://shop.example.com/privacy-policy">Privacy</a>',
      '<a href="https://shop.example.com/info/impressum/">Impressum</a>',
      '<a href="*|UNSUB|*">Unsubscribe</a>',
      '<a href="mailto:help@shop.example.com">Mail us</a>',
    ].join('\n');
    expect(findingsOf(ID, html)).toEqual([]);
    expect(
      findingsOf(ID, '<a href="https://shop.example.com/a">A</a><a href="https://shop.example.com/b">B</a>'),
    ).toEqual([]);
  });

  it('is silent when tagged links to the own site are not the majority of them', () => {
    const html = [
      `<a href="https://shop.example.com/coats?${UTM}">Coats</a>`,
      '<a href="https://shop.example.com/boots">Boots</a>',
    ].join('\n');
    expect(findingsOf(ID, html)).toEqual([]);
  });

  it('takes the own site from the majority of utm-tagged links', () => {
    const html = [
      `<a href="https://shop.example.com/a?${UTM}">A</a>`,
      `<a href="https://shop.example.com/b?${UTM}">B</a>`,
      `<a href="https://shop.example.com/c?${UTM}">C</a>`,
      '<a href="https://partner.example.net/x?utm_source=shop">Partner</a>',
      '<a href="https://partner.example.net/y">Partner 2</a>',
      '<a href="https://shop.example.com/d">D</a>',
    ].join('\n');
    const found = findingsOf(ID, html);
    expect(found.map((f) => [f.link, f.line])).toEqual([['L6', 6]]);
  });

  it('leaves utm_* after the fragment to utm-after-fragment', () => {
    const html = [
      `<a href="https://shop.example.com/a?${UTM}">A</a>`,
      `<a href="https://shop.example.com/b?${UTM}">B</a>`,
      '<a href="https://shop.example.com/c#top?utm_source=newsletter">C</a>',
    ].join('\n');
    expect(findingsOf(ID, html)).toEqual([]);
  });

  it('reads the destination of a decodable wrapper, and skips links hidden behind a click tracker', () => {
    const wrapped = encodeURIComponent('https://shop.example.com/hats');
    const html = [
      `<a href="https://shop.example.com/a?${UTM}">A</a>`,
      `<a href="https://shop.example.com/b?${UTM}">B</a>`,
      `<a href="https://eur01.safelinks.protection.outlook.com/?url=${wrapped}&amp;data=x">Hats</a>`,
      '<a href="https://click.shop.example.com/ls/click?upn=abc">Tracked</a>',
    ].join('\n');
    const found = findingsOf(ID, html, { trackingDomains: ['click.shop.example.com'] });
    expect(found.map((f) => [f.link, f.line, f.column])).toEqual([['L3', 3, 10]]);
  });

  it('reports the host, the own domain, the counts and a tagged example as data', () => {
    const html = [
      `<a href="https://shop.example.com/coats?${UTM}">Coats</a>`,
      `<a href="https://shop.example.com/boots?${UTM}">Boots</a>`,
      '<a href="https://blog.shop.example.com/style-guide">Style guide</a>',
    ].join('\n');
    const [f] = findingsOf(ID, html);
    expect(f?.messageId).toBe(ID);
    expect(f?.data).toEqual({
      host: 'blog.shop.example.com',
      domain: 'example.com',
      tagged: 2,
      links: 3,
      example: 'utm_source=newsletter&utm_medium=email&utm_campaign=winter',
    });
  });
});
