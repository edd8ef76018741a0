import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'mailto-invalid';

describe(ID, () => {
  it.each([
    ['mailto:info@shop', 'has "info@shop", which is not a valid email address'],
    ['mailto:info.shop.com', 'not a valid email address'],
    ['mailto:info@@shop.com', 'not a valid email address'],
    ['mailto:.info@shop.com', 'not a valid email address'],
    ['mailto:info@shop.com,bad', 'has "bad"'],
    ['mailto:in fo@shop.com', 'has a space in its address "in fo@shop.com"'],
    ['mailto:mailto:info@shop.com', 'not a valid email address'],
    ['mailto:', 'has no address after "mailto:"'],
    ['mailto:info@shop.com?subject=Hello there', 'unencoded spaces in "subject"'],
    ['mailto:info@shop.com?subject=Hi&body=See you', 'unencoded spaces in "body"'],
    ['mailto:info%ZZ@shop.com', 'broken percent-encoding'],
    ['mailto:info@shop.com&subject=Hi', 'starts its parameters with "&" instead of "?"'],
  ])('reports %j', (href, says) => {
    const found = findingsOf(ID, `<p>x</p>\n<a href="${href}">Mail</a>`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: ID, severity: 'error', link: 'L1', line: 2, column: 10 });
    expect(found[0]?.message).toContain(says);
  });

  it.each([
    'mailto:info@shop.com',
    'MAILTO:Info@Shop.com',
    'mailto:a@shop.com,b@shop.co.uk',
    'mailto:info@shop.com?subject=Hello%20there&body=Hi',
    'mailto:?subject=Share&body=https%3A%2F%2Fshop.com',
    'mailto:?to=a@shop.com',
    'mailto:jörg@bücher.de',
    'mailto:{{email}}',
    'mailto:*|EMAIL|*',
    'mailto:{{user}}@shop.com',
    'mailto:info@{{domain}}',
    'mailto:info@shop.com?subject={{subject}}',
  ])('is silent on %s', (href) => {
    expect(findingsOf(ID, `<a href="${href}">x</a>`)).toEqual([]);
  });

  it('words each problem as its own message, from the address and the parameter', () => {
    const [bad] = findingsOf(ID, '<a href="mailto:info@shop">Mail</a>');
    expect(bad?.messageId).toBe(ID);
    expect(bad?.data).toEqual({ href: 'mailto:info@shop', address: 'info@shop' });
    const [amp] = findingsOf(ID, '<a href="mailto:info@shop.com&amp;subject=Hi">Mail</a>');
    expect(amp?.messageId).toBe(`${ID}/ampersand`);
    expect(amp?.data).toEqual({
      href: 'mailto:info@shop.com&subject=Hi',
      address: 'info@shop.com',
      parameter: 'subject',
    });
    expect(amp?.message).toContain('Write "mailto:info@shop.com?subject=…"');
    const [spaced] = findingsOf(ID, '<a href="mailto:info@shop.com?subject=Hello there">Mail</a>');
    expect(spaced?.messageId).toBe(`${ID}/unencoded-spaces`);
    expect(spaced?.data).toEqual({ href: 'mailto:info@shop.com?subject=Hello there', parameter: 'subject' });
  });
});
