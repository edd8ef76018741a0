import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'duplicate-link';

describe(ID, () => {
  it('reports the second and later identical links, naming the first one', () => {
    const html = [
      '<p><a href="https://shop.example.com/coats">Coats</a></p>',
      '<p><a href="https://shop.example.com/boots">Boots</a></p>',
      '<p><a href="https://shop.example.com/coats"><img src="c.png" alt="Coats"></a></p>',
      '<p>  <a href="https://shop.example.com/coats">Shop coats</a></p>',
    ].join('\n');
    const found = findingsOf(ID, html);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatchObject({ rule: ID, severity: 'info', link: 'L3', line: 3, column: 13 });
    expect(found[0]?.message).toContain('line 1 (L1)');
    expect(found[0]?.message).toContain('https://shop.example.com/coats');
    expect(found[1]).toMatchObject({ link: 'L4', line: 4, column: 15 });
    expect(found[1]?.message).toContain('line 1 (L1)');
  });

  it('is silent for different destinations and for links written differently', () => {
    const html =
      '<a href="https://shop.example.com/a">A</a>\n<a href="https://shop.example.com/b">B</a>\n' +
      '<a href="https://Shop.example.com/a">A again</a>';
    expect(findingsOf(ID, html)).toEqual([]);
  });

  it('does not count the Outlook-only VML copy of a button as a duplicate', () => {
    const html = [
      '<!--[if mso]><v:roundrect href="https://shop.example.com/sale"><center>Sale</center></v:roundrect><![endif]-->',
      '<!--[if !mso]><!--><a href="https://shop.example.com/sale">Sale</a><!--<![endif]-->',
    ].join('\n');
    expect(findingsOf(ID, html)).toEqual([]);
  });

  it('treats merge tags as part of the destination', () => {
    const html =
      '<a href="https://shop.example.com/?e=*|EMAIL|*">A</a>\n<a href="https://shop.example.com/?e={{email}}">B</a>\n' +
      '<a href="https://shop.example.com/?e=*|EMAIL|*">C</a>';
    const found = findingsOf(ID, html);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ link: 'L3', line: 3, column: 10 });
    expect(found[0]?.message).toContain('line 1');
  });

  it('ignores non-web links', () => {
    const html = '<a href="mailto:a@example.com">Mail</a> <a href="mailto:a@example.com">Mail</a>';
    expect(findingsOf(ID, html)).toEqual([]);
  });

  it('stays linear on 5,000 links', () => {
    const html = Array.from(
      { length: 5000 },
      (_, i) => `<a href="https://shop.example.com/p/${i % 2500}">P</a>`,
    ).join('\n');
    const found = findingsOf(ID, html);
    expect(found).toHaveLength(2500);
    expect(found[0]).toMatchObject({ link: 'L2501', line: 2501 });
  });
});
