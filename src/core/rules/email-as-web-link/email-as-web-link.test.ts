import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'email-as-web-link';

describe(ID, () => {
  it('reports an email address written as a web link and says what to write', () => {
    const found = findingsOf(ID, '<p>x</p>\n<a href="http://anna@shop.example.org">Write to Anna</a>');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: ID, severity: 'error', link: 'L1', line: 2 });
    expect(found[0]?.message).toContain('is the email address anna@shop.example.org written as a web link');
    expect(found[0]?.message).toContain('Write "mailto:anna@shop.example.org"');
  });

  it.each([
    'https://info@shop.example.org/',
    'HTTP://Info.Desk@Shop.Example.org',
    ' http://a_b-c@mail.shop.co.uk ',
  ])('reports %j', (href) => {
    expect(findingsOf(ID, `<a href="${href}">x</a>`)).toHaveLength(1);
  });

  it('is one finding: insecure-http does not also ask for https', () => {
    expect(findingsOf('insecure-http', '<a href="http://anna@shop.example.org">x</a>')).toEqual([]);
  });

  it.each([
    'mailto:anna@shop.example.org',
    'https://user@shop.example.org/account',
    'https://user:secret@shop.example.org/',
    'https://anna@shop.example.org/?a=1',
    'https://shop.example.org/@anna',
    'https://site@TrackLink',
    'https://anna@localhost/',
  ])('is silent on %j', (href) => {
    expect(findingsOf(ID, `<a href="${href}">x</a>`)).toEqual([]);
  });
});
