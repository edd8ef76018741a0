import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rule-kit.test-helpers';
import { GMAIL_CLIP_BYTES } from './gmail-clipping';
import { utf16OffsetOfByte } from './utf8-cut';

const ID = 'gmail-clipping';
const filler = (bytes: number): string => `<p>${'x'.repeat(bytes - 7)}</p>`;

describe(ID, () => {
  it('reports an HTML part over 102 KB: links and pixel past the cut', () => {
    const head = '<a href="https://shop.example.com/a">A</a>\n';
    const tail =
      '\n<a href="https://shop.example.com/b">B</a><a href="https://shop.example.com/c">C</a>' +
      '<img src="https://click.shop.example.com/wf/open?upn=x" width="1" height="1">';
    const html = head + filler(GMAIL_CLIP_BYTES) + tail;
    const found = findingsOf(ID, html);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: ID, severity: 'warning', link: null, line: 2 });
    expect(found[0]?.message).toContain(`The HTML is 102.2 KB (${html.length} bytes)`);
    expect(found[0]?.message).toContain('2 of 3 links fall past the cut');
    expect(found[0]?.message).toContain('so does the open-tracking pixel');
  });

  it('says when the pixel stays before the cut', () => {
    const html =
      '<img src="https://click.shop.example.com/wf/open?upn=x" width="1" height="1">' +
      filler(GMAIL_CLIP_BYTES + 2000) +
      '<a href="https://shop.example.com/b">B</a>';
    const found = findingsOf(ID, html);
    expect(found[0]?.message).toContain('1 of 1 link fall past the cut');
    expect(found[0]?.message).toContain('the open-tracking pixel stays before the cut');
  });

  it('is silent at exactly 102 KB', () => {
    expect(findingsOf(ID, filler(GMAIL_CLIP_BYTES))).toEqual([]);
  });

  it('counts UTF-8 bytes, not characters', () => {
    expect(utf16OffsetOfByte('aé€😀b', 1)).toBe(1);
    expect(utf16OffsetOfByte('aé€😀b', 3)).toBe(2);
    expect(utf16OffsetOfByte('aé€😀b', 6)).toBe(3);
    expect(utf16OffsetOfByte('aé€😀b', 9)).toBe(3);
    expect(utf16OffsetOfByte('aé€😀b', 10)).toBe(5);
    expect(utf16OffsetOfByte('abc', 10)).toBe(3);
    const html = 'é'.repeat(60_000) + '<a href="https://shop.example.com/">A</a>';
    expect(findingsOf(ID, html)[0]?.message).toContain('1 of 1 link fall past the cut');
  });
});
