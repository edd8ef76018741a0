import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'inconsistent-duplicate';

function pair(first: string, second: string): string {
  return `<a href="${first}">One</a>\n<p><a href="${second}">Two</a></p>`;
}

describe(ID, () => {
  it.each([
    ['https://shop.example.com/a', 'https://Shop.Example.com/a', 'host letter case'],
    ['https://shop.example.com/a', 'https://shop.example.com:443/a', 'default port'],
    ['https://shop.example.com/a?x=1&y=2', 'https://shop.example.com/a?y=2&x=1', 'query-parameter order'],
    ['https://shop.example.com/a%2fb', 'https://shop.example.com/a%2Fb', 'percent-encoding'],
    ['https://shop.example.com/a?x=1&amp;y=2', 'https://shop.example.com/a?x=1&y=2', '`&amp;` vs `&`'],
    ['https://shop.example.com/a', 'https://shop.example.com/a?', 'trailing `?`'],
    ['https://shop.example.com/a', 'https://shop.example.com/a#', 'trailing `#`'],
    ['https://shop.example.com', 'https://shop.example.com/', 'trailing `/`'],
  ])('reports %s written again as %s (%s)', (first, second, difference) => {
    const found = findingsOf(ID, pair(first, second));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: ID, severity: 'warning', link: 'L2', line: 2, column: 13 });
    const message = found[0]?.message ?? '';
    expect(message).toContain('line 1 (L1)');
    expect(message).toContain(difference);
    expect(message).toContain(`"${first}" on line 1`);
    expect(message).toContain(`"${second}" here`);
  });

  it('names several differences at once', () => {
    const found = findingsOf(
      ID,
      pair('https://shop.example.com/a?x=1&y=2', 'https://SHOP.example.com/a?y=2&x=1'),
    );
    expect(found[0]?.message).toContain('host letter case, query-parameter order');
  });

  it('is silent for identical writing (duplicate-link) and for different destinations', () => {
    expect(findingsOf(ID, pair('https://shop.example.com/a', 'https://shop.example.com/a'))).toEqual([]);
    expect(findingsOf(ID, pair('https://shop.example.com/a', 'https://shop.example.com/b'))).toEqual([]);
    expect(findingsOf(ID, pair('https://shop.example.com/a?x=1', 'https://shop.example.com/a?x=2'))).toEqual(
      [],
    );
    expect(findingsOf(ID, pair('https://shop.example.com/a#top', 'https://shop.example.com/a#end'))).toEqual(
      [],
    );
  });

  it('never reports two hrefs with different merge tags', () => {
    expect(
      findingsOf(
        ID,
        pair('https://shop.example.com/?e={{email}}', 'https://shop.example.com/?e={{ email }}'),
      ),
    ).toEqual([]);
    expect(
      findingsOf(ID, pair('https://shop.example.com/?e=*|EMAIL|*', 'https://shop.example.com/?e=*|UNIQID|*')),
    ).toEqual([]);
    expect(findingsOf(ID, pair('{{view_url}}', '{{ view_url }}'))).toEqual([]);
  });

  it('compares merge-tag hrefs on the parts outside the tags', () => {
    const found = findingsOf(
      ID,
      pair('https://shop.example.com/a?e={{email}}&x=1', 'https://SHOP.example.com/a?x=1&e={{email}}'),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('host letter case, query-parameter order');
  });

  it('compares later links with the first writing of the destination', () => {
    const html = [
      '<a href="https://shop.example.com/a">1</a>',
      '<a href="https://shop.example.com/A">2</a>',
      '<a href="https://SHOP.example.com/a">3</a>',
      '<a href="https://SHOP.example.com/a">4</a>',
    ].join('\n');
    const found = findingsOf(ID, html);
    expect(found.map((f) => [f.link, f.line])).toEqual([['L3', 3]]);
    expect(found[0]?.message).toContain('"https://shop.example.com/a" on line 1');
  });

  it('leaves Outlook-only copies to vml-link-mismatch', () => {
    const html = [
      '<!--[if mso]><v:roundrect href="https://Shop.example.com/sale"><center>Sale</center></v:roundrect><![endif]-->',
      '<!--[if !mso]><!--><a href="https://shop.example.com/sale">Sale</a><!--<![endif]-->',
    ].join('\n');
    expect(findingsOf(ID, html)).toEqual([]);
  });

  it('reports the first link, both writings and the differences as data', () => {
    const [f] = findingsOf(ID, pair('https://shop.example.com/a', 'https://Shop.Example.com/a'));
    expect(f?.messageId).toBe(ID);
    expect(f?.data).toEqual({
      first: 'L1',
      firstLine: 1,
      differences: ['host letter case'],
      written: 'https://Shop.Example.com/a',
      firstWritten: 'https://shop.example.com/a',
    });
  });
});
