import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'link-text-mismatch';

describe(ID, () => {
  it('reports text naming another domain than the destination', () => {
    const html = '<p>Log in at\n <a href="https://login.example.net/x">www.paypal.com</a></p>';
    const found = findingsOf(ID, html);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: ID, severity: 'warning', link: 'L1', line: 2, column: 11 });
    expect(found[0]?.message).toContain('shows www.paypal.com but the link goes to login.example.net');
    expect(found[0]?.message).toContain('paypal.com ≠ example.net');
  });

  it('compares registrable domains: subdomains and paths of the same site are fine', () => {
    const html = [
      '<a href="https://www.shop.example.com/coats">shop.example.com</a>',
      '<a href="https://shop.example.com/">https://www.example.com/about</a>',
      '<a href="https://shop.example.co.uk/">example.co.uk</a>',
    ].join('');
    expect(findingsOf(ID, html)).toEqual([]);
  });

  it('ignores text that is not a URL or domain', () => {
    const html = [
      '<a href="https://other.example.net/">Visit shop.example.com today</a>',
      '<a href="https://other.example.net/">index.html</a>',
      '<a href="https://other.example.net/">Read more</a>',
    ].join('');
    expect(findingsOf(ID, html)).toEqual([]);
  });

  it('judges a tracked link by its decoded destination', () => {
    const ses = (to: string): string =>
      `https://abc.r.us-east-1.awstrack.me/L0/${encodeURIComponent(to)}/1/0100/sig`;
    const html = `<a href="${ses('https://evil.example.org/')}">shop.example.com</a><a href="${ses('https://shop.example.com/x')}">shop.example.com</a>`;
    const found = findingsOf(ID, html);
    expect(found.map((f) => f.link)).toEqual(['L1']);
    expect(found[0]?.message).toContain('goes to evil.example.org');
  });

  it('stays silent when the text shows the link itself (a linkified text-only email)', () => {
    const ses = 'https://abc.r.us-east-1.awstrack.me/L0/https:%2F%2Fshop.example.com%2F/1/0100/sig';
    expect(findingsOf(ID, `<a href="${ses}">${ses}</a>`)).toEqual([]);
  });

  it('stays silent for a tracked link whose destination cannot be decoded', () => {
    const html = '<a href="https://click.shop.example.com/ls/click?upn=abc">www.shop.example.com</a>';
    expect(findingsOf(ID, html)).toEqual([]);
  });

  it('looks through security gateways', () => {
    const html =
      '<a href="https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fevil.example.org%2F&amp;data=x">shop.example.com</a>';
    expect(findingsOf(ID, html)[0]?.message).toContain('goes to evil.example.org');
  });

  it('says nothing behind an unknown click tracker whose destination is not in the URL', () => {
    const html = [
      '<a href="https://t.mailer-one.example/c/8f3kQ2xZ9LmN4pR7sT1vW6yB">shop.example.com</a>',
      '<a href="https://go.mailer-two.example/track?id=a81b2c3d4e5f6a7b8c9d0e1f2">shop.example.com</a>',
    ].join('\n');
    expect(findingsOf(ID, html)).toEqual([]);
  });

  it('decodes the destination an unknown redirector carries in its URL, and compares that', () => {
    const html = [
      '<a href="https://r.mailer.example/out?url=https%3A%2F%2Fshop.example.com%2Fsale">shop.example.com</a>',
      '<a href="https://r.mailer.example/out?url=https%3A%2F%2Fother.example.net%2Fsale">shop.example.com</a>',
    ].join('\n');
    expect(findingsOf(ID, html).map((f) => [f.link, f.data?.['destinationDomain']])).toEqual([
      ['L2', 'example.net'],
    ]);
  });

  it('still compares a plain link that is no redirect', () => {
    const html = '<a href="https://other.example.net/winter-sale">shop.example.com</a>';
    expect(findingsOf(ID, html)).toHaveLength(1);
  });

  it('names the carried destination that differs when a redirector carries several', () => {
    const html =
      '<a href="https://r.mailer.example/r?u=https%3A%2F%2Fshop.example.com%2F&amp;v=https%3A%2F%2Fother.example.net%2F">shop.example.com</a>';
    expect(findingsOf(ID, html).map((f) => f.data?.['destination'])).toEqual(['other.example.net']);
  });
});
