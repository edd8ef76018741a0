import { describe, expect, it } from 'vitest';
import { MERGE_TAG_HREFS, hrefAttribute } from '../../extract/merge-tag-samples.test-helpers';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'missing-scheme';

describe(ID, () => {
  it.each([
    ['www.shop.com/x', 'https://www.shop.com/x'],
    ['shop.com/x', 'https://shop.com/x'],
    ['//shop.com/x', 'https://shop.com/x'],
    ['shop.co.uk', 'https://shop.co.uk'],
    ['www2.shop.com?a=1', 'https://www2.shop.com?a=1'],
    ['shop.com:8080/x', 'https://shop.com:8080/x'],
  ])('reports %s and suggests %s', (href, fixed) => {
    const found = findingsOf(ID, `<table><tr><td>\n<a href='${href}'>Shop</a></td></tr></table>`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: ID, severity: 'error', link: 'L1', line: 2, column: 10 });
    expect(found[0]?.message).toContain(`The link "${href}" has no scheme`);
    expect(found[0]?.message).toContain(`Write "${fixed}"`);
  });

  it('reports a bare email address and suggests mailto:', () => {
    const [f] = findingsOf(ID, '<a href="info@shop.com">Mail us</a>');
    expect(f).toMatchObject({ rule: ID, line: 1, column: 10 });
    expect(f?.message).toContain('Write "mailto:info@shop.com"');
  });

  it('says when the href starts with //', () => {
    const [f] = findingsOf(ID, '<a href="//shop.com/x">x</a>');
    expect(f?.message).toContain('(it starts with "//")');
  });

  it('reports a host after leading white space (trimmed first)', () => {
    const found = findingsOf(ID, '<a href="  www.shop.com">x</a>');
    expect(found.map((f) => f.column)).toEqual([10]);
  });

  it.each([
    'page.html',
    'logo.png',
    '/pricing',
    '../a.htm',
    'https://www.shop.com/',
    'http//www.shop.com',
    '#x',
  ])('is silent on %j (relative path, web link or malformed)', (href) => {
    expect(findingsOf(ID, `<a href="${href}">x</a>`)).toEqual([]);
  });

  it.each(MERGE_TAG_HREFS)('never reports the merge tag %s as missing a scheme', (href) => {
    expect(findingsOf(ID, `<a ${hrefAttribute(href)}>x</a>`)).toEqual([]);
  });

  it('judges the part outside a tag: www.shop.com/?e={{email}} still lacks a scheme', () => {
    expect(findingsOf(ID, '<a href="www.shop.com/?e={{email}}">x</a>').map((f) => f.link)).toEqual(['L1']);
  });
});
