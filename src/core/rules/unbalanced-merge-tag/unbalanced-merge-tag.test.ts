import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'unbalanced-merge-tag';

describe(ID, () => {
  it.each([
    ['{{url}', '"{{" has no matching partner', '{{…}}'],
    ['{url}}', '"}}" has no matching partner', '{{…}}'],
    ['{{url}}}', '"}" has no matching partner', '{{…}}'],
    ['{{{unsubscribe}}', '"{{{" has no matching partner', '{{{…}}}'],
    ['*|UNSUB|', '"*|" has no matching partner', '*|…|*'],
    ['|UNSUB|*', '"|*" has no matching partner', '*|…|*'],
    ['%%view_email_url%', '"%" has no matching partner', '%%…%%'],
    ['{% unsubscribe }', '"{%" has no matching partner', '{%…%}'],
    ['[[UNSUB_LINK_EN]', '"[[" has no matching partner', '[[…]]'],
    ['<%asm_group_unsubscribe_raw_url%', '"<%" has no matching partner', '<%…%>'],
    ['${link', '"${" has no matching partner', '${…}'],
    ['https://shop.com/?e={{email}', '"{{" has no matching partner', '{{…}}'],
  ])('reports %s', (href, says, shape) => {
    const found = findingsOf(ID, `<p>x</p>\n<a href="${href.replace(/</g, '&lt;')}">x</a>`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: ID, severity: 'error', link: 'L1', line: 2, column: 10 });
    expect(found[0]?.message).toContain(says);
    expect(found[0]?.message).toContain(`is written ${shape}`);
  });

  it('counts further unmatched delimiters', () => {
    const [f] = findingsOf(ID, '<a href="{{a}/x/{{b}">x</a>');
    expect(f?.message).toContain('and 1 more delimiter is unmatched');
  });

  it.each([
    '{{url}}',
    '*|UNSUB|*',
    '%%view_email_url%%',
    'https://shop.com/?q={"a":{"b":1}}',
    'https://shop.com/a%20b%',
    'https://shop.com/?e={{email}}%20x',
    'https://shop.com/[x]',
    'https://[::1]/x',
  ])('is silent on %s', (href) => {
    expect(findingsOf(ID, `<a href="${href}">x</a>`)).toEqual([]);
  });

  it('is not also reported as relative, missing a scheme or malformed', () => {
    const html = '<a href="{{url}">x</a><a href="*|UNSUB|">y</a>';
    for (const other of ['relative-url', 'missing-scheme', 'malformed-url', 'merge-tag'])
      expect(findingsOf(other, html)).toEqual([]);
  });

  it('reports the delimiter, where it stands and its dialect as data', () => {
    const [f] = findingsOf(ID, '<a href="https://shop.com/?e={{email}">x</a>');
    expect(f?.messageId).toBe(ID);
    expect(f?.data).toEqual({
      href: 'https://shop.com/?e={{email}',
      start: 20,
      end: 22,
      dialect: 'handlebars',
      delimiter: '{{',
      expected: '{{…}}',
      unmatched: 1,
    });
  });
});
