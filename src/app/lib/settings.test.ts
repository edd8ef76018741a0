import { describe, expect, it } from 'vitest';
import { parseHostList } from './settings';

describe('settings', () => {
  it('host lists drop schemes, paths, case and separators', () => {
    expect(parseHostList(' https://Click.Example.com/x, links.example.org;\nfoo.example ')).toEqual([
      'click.example.com',
      'links.example.org',
      'foo.example',
    ]);
  });
});
