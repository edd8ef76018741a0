import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'untracked-link';
const T = (n: number): string => `https://click.shop.example.com/ls/click?upn=u001.abc${n}`;
const eml = (headers: Array<[string, string]> = [], sender: { listUnsubscribe?: string[] } = {}) => ({
  kind: 'eml' as const,
  headers: headers.map(([key, value]) => ({ key, value })),
  sender: { from: null, domain: null, dkim: [], ...sender },
});

describe(ID, () => {
  it('reports a web link of a sent email that bypasses the tracking domain, naming both', () => {
    const html = `<a href="${T(1)}">A</a><a href="${T(2)}">B</a>\n<p><a href="https://shop.example.com/coats">Coats</a></p>`;
    const found = findingsOf(ID, html, {}, eml());
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: ID, severity: 'error', link: 'L3', line: 2, column: 13 });
    expect(found[0]?.message).toContain('to shop.example.com is not wrapped by click.shop.example.com');
    expect(found[0]?.message).toContain('clicks on it are not counted');
  });

  it('uses the tracking domains the user names, in an HTML file', () => {
    const html = '<a href="https://t.shop.example.com/x">A</a> <a href="https://blog.example.org/">B</a>';
    const found = findingsOf(ID, html, { trackingDomains: ['t.shop.example.com'] });
    expect(found.map((f) => [f.link, f.column])).toEqual([['L2', 55]]);
    expect(found[0]?.message).toContain('blog.example.org is not wrapped by t.shop.example.com');
  });

  it('is silent for tracked links, system links and non-web links', () => {
    const html = [
      `<a href="${T(1)}">A</a>`,
      '<a href="https://shop.example.com/unsubscribe?u=1">Unsubscribe</a>',
      '<a href="https://shop.example.com/email/preferences">Preferences</a>',
      '<a href="https://shop.example.com/view-in-browser/9">View online</a>',
      '<a href="https://lists.example.com/x/7f3a9">Leave</a>',
      '<a href="https://news.example.com/x/9a8b7c">Unsubscribe</a>',
      '<a href="https://news.example.com/x/1a2b3c">Im Browser ansehen</a>',
      '<a href="mailto:help@shop.example.com">Mail</a>',
      '<a href="https://www.constantcontact.com/index.jsp?cc=nge">Try it free today</a>',
      '<a href="tel:+15551234">Call</a>',
    ].join('');
    expect(
      findingsOf(ID, html, {}, eml([], { listUnsubscribe: ['https://lists.example.com/x/7f3a9'] })),
    ).toEqual([]);
  });

  it('is silent for --allow-untracked domains and their subdomains', () => {
    const html = `<a href="${T(1)}">A</a><a href="https://www.partner.example.org/">P</a>`;
    expect(findingsOf(ID, html, { allowUntracked: ['partner.example.org'] }, eml())).toEqual([]);
    expect(findingsOf(ID, html, { allowUntracked: ['https://Partner.Example.org/'] }, eml())).toEqual([]);
  });

  it('does not apply to templates', () => {
    const html = `<a href="${T(1)}">A</a><a href="https://shop.example.com/">B</a><a href="https://shop.example.com/c">C</a>`;
    expect(findingsOf(ID, html)).toEqual([]);
  });

  it('stays silent in a sent email with no tracking domain to compare with', () => {
    expect(findingsOf(ID, '<a href="https://shop.example.com/">A</a>', {}, eml())).toEqual([]);
  });

  it('names several tracking domains', () => {
    const html = '<a href="https://a.example.com/">A</a>';
    const found = findingsOf(ID, html, { trackingDomains: ['t1.example.net', 't2.example.net'] });
    expect(found[0]?.message).toContain('not wrapped by t1.example.net or t2.example.net');
  });
});
