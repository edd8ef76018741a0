import { describe, expect, it } from 'vitest';
import { findMergeTags } from '../url/merge-tags';
import { findUnbalancedMergeTags } from './unbalanced-merge-tags';

const unbalanced = (value: string): Array<[string, string, number]> =>
  findUnbalancedMergeTags(value, findMergeTags(value)).map((u) => [u.dialect, u.delimiter, u.start]);

describe('findUnbalancedMergeTags', () => {
  it.each([
    ['{{url}', [['handlebars', '{{', 0]]],
    ['x/{{a}}/{{b}', [['handlebars', '{{', 8]]],
    ['{{{x}}', [['handlebars', '{{{', 0]]],
    ['{{x}}}', [['handlebars', '}', 5]]],
    ['*|UNSUB|', [['mailchimp', '*|', 0]]],
    ['%%view%', [['ampscript', '%', 0]]],
    ['%view%%', [['ampscript', '%', 6]]],
    ['<%asm%', [['sendgrid-legacy', '<%', 0]]],
    ['[[UNSUB]', [['double-bracket', '[[', 0]]],
    ['${x', [['freemarker', '${', 0]]],
  ] as const)('%s', (value, expected) => {
    expect(unbalanced(value)).toEqual(expected);
  });

  it.each([
    '{{url}}',
    '{{{x}}}',
    '*|A|*',
    '%%a%%',
    '{"a":{"b":1}}',
    'a%20b',
    '%view%',
    '[[A]]',
    'https://[::1]/',
  ])('finds nothing wrong in %s', (value) => {
    expect(unbalanced(value)).toEqual([]);
  });
});
