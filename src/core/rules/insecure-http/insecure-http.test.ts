import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'insecure-http';

describe(ID, () => {
  it('reports an http: link and suggests https:', () => {
    const found = findingsOf(ID, '<p>x</p>\n<a href="http://shop.com/sale">Sale</a>');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: ID, severity: 'warning', link: 'L1', line: 2, column: 10 });
    expect(found[0]?.message).toContain('The link "http://shop.com/sale" uses "http:"');
    expect(found[0]?.message).toContain('Use "https://shop.com/sale"');
  });

  it.each(['HTTP://SHOP.COM/', ' http://shop.com/', 'http://shop.com/?e={{email}}'])('reports %j', (href) => {
    expect(findingsOf(ID, `<a href="${href}">x</a>`).map((f) => f.column)).toEqual([10]);
  });

  it.each([
    'https://shop.com/',
    'http//shop.com',
    'http://localhost/',
    '{{url}}',
    'mailto:a@shop.com',
    'www.shop.com',
  ])('is silent on %s', (href) => {
    expect(findingsOf(ID, `<a href="${href}">x</a>`)).toEqual([]);
  });

  it('reports the links a platform wrapped on an http: tracking domain once, naming the domain and every link', () => {
    const html = [
      '<a href="http://click.shop.example/c/aaaaaaaaaaaaaaaaaaaaaaaaaaaa">Coats</a>',
      '<a href="http://click.shop.example/c/bbbbbbbbbbbbbbbbbbbbbbbbbbbb">Boots</a>',
      '<a href="http://click.shop.example/c/cccccccccccccccccccccccccccc">Hats</a>',
      '<a href="http://blog.shop.example/post">Our blog</a>',
    ].join('\n');
    const found = findingsOf(ID, html, { trackingDomains: ['click.shop.example'] });
    expect(found.map((f) => [f.messageId, f.link, f.relatedLinks ?? []])).toEqual([
      ['insecure-http/tracking-domain', 'L1', ['L2', 'L3']],
      ['insecure-http', 'L4', []],
    ]);
    const domain = found[0];
    expect(domain?.message).toContain('click-tracking domain click.shop.example is served over "http:"');
    expect(domain?.message).toContain('3 links');
    expect(domain?.title).toBe('Click tracking without a secure connection');
    expect(domain?.remedy).toContain("email platform's settings");
  });

  it('is silent on tracked links once the tracking domain is on https', () => {
    const html = '<a href="https://click.shop.example/c/aaaaaaaaaaaaaaaaaaaaaaaaaaaa">Coats</a>';
    expect(findingsOf(ID, html, { trackingDomains: ['click.shop.example'] })).toEqual([]);
  });

  it('is silent on a hidden link (a zero-size honeypot is not content)', () => {
    const html =
      '<div style="position:absolute;top:-1000px;height:0px;width:0px"><a href="http://shop.com/t/1"><div></div></a></div>';
    expect(findingsOf(ID, html)).toEqual([]);
  });
});
