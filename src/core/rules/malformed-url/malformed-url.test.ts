import { describe, expect, it } from 'vitest';
import { MERGE_TAG_HREFS, hrefAttribute } from '../../extract/merge-tag-samples.test-helpers';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'malformed-url';

describe(ID, () => {
  it.each([
    ['http//shop.com/x', 'the colon after "http" is missing in "http//"'],
    ['https//shop.com/x', 'Write "https://"'],
    ['https:/shop.com/x', 'the scheme "https:/" needs exactly two slashes'],
    ['http:shop.com', 'needs exactly two slashes'],
    ['https:///shop.com', 'needs exactly two slashes'],
    ['http;//shop.com', 'wrong separator'],
    ['https:\\\\shop.com', 'backslashes'],
    ['htps://shop.com', 'the scheme "htps://" is misspelt'],
    ['htttp://shop.com', 'misspelt'],
    ['hhtps://shop.com', 'misspelt'],
    ['http://http://shop.com', 'the scheme is written twice ("http://http://")'],
    ['https://https//shop.com', 'written twice'],
    ['https://www.sh op.com/', 'the domain "www.sh op.com" contains a space'],
    ['https://shop/', 'the domain "shop" has no dot'],
    ['https://localhost/x', 'has no dot'],
    ['https://shop.com:99999/', 'the port in "shop.com:99999"'],
    ['https://shop.com:80a/', 'the port'],
    ['https://', 'there is no domain after "https://"'],
    ['https://shop..com/', 'empty label'],
  ])('reports %s', (href, says) => {
    const found = findingsOf(ID, `<div>\n\t<a class="btn" href="${href}">Buy</a></div>`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: ID, severity: 'error', link: 'L1', line: 2, column: 23 });
    expect(found[0]?.message).toContain(says);
  });

  it.each([
    'https://shop.com/x',
    'http://shop.com',
    'https://shop.com:8443/x',
    'https://127.0.0.1/x',
    'https://[::1]/x',
    'https://user@shop.com/',
    'http://127.0.0.1:${PORT}/x',
    'https://httpbin.org/get',
    'HTTPS://SHOP.COM/',
    '/relative',
    'www.shop.com',
    'ftp://files.shop.com/a',
    'mailto:a@shop.com',
  ])('is silent on %s', (href) => {
    expect(findingsOf(ID, `<a href="${href}">x</a>`)).toEqual([]);
  });

  it.each(MERGE_TAG_HREFS)('never reports the merge tag %s as malformed', (href) => {
    expect(findingsOf(ID, `<a ${hrefAttribute(href)}>x</a>`)).toEqual([]);
  });

  it('still judges the parts outside a merge tag', () => {
    const found = findingsOf(ID, '<a href="htps://shop.com/?e={{email}}">x</a>');
    expect(found.map((f) => f.column)).toEqual([10]);
  });

  it('words each problem as its own message, from the href and the part that is wrong', () => {
    const [f] = findingsOf(ID, '<a href="https:/shop.com/x">Buy</a>');
    expect(f?.messageId).toBe(`${ID}/wrong-slashes`);
    expect(f?.data).toEqual({ href: 'https:/shop.com/x', problem: 'wrong-slashes', part: 'https:/' });
    expect(f?.message).toBe(
      'The link "https:/shop.com/x" is not a working address: the scheme "https:/" needs exactly two slashes. Write "https://".',
    );
  });
});
