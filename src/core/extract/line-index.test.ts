import { describe, expect, it } from 'vitest';
import { LineIndex } from './line-index';

describe('LineIndex', () => {
  it('ends lines at \\n, \\r\\n and a lone \\r', () => {
    const index = new LineIndex('a\nbb\r\nccc\rd');
    expect([0, 2, 3, 4, 6, 10].map((o) => index.position(o))).toEqual([
      { line: 1, column: 1, offset: 0 },
      { line: 2, column: 1, offset: 2 },
      { line: 2, column: 2, offset: 3 },
      { line: 2, column: 3, offset: 4 },
      { line: 3, column: 1, offset: 6 },
      { line: 4, column: 1, offset: 10 },
    ]);
    expect(index.lineCount).toBe(4);
    expect([1, 2, 3, 4].map((l) => index.lineText(l))).toEqual(['a', 'bb', 'ccc', 'd']);
  });

  it('clamps offsets outside the text', () => {
    const index = new LineIndex('ab');
    expect(index.position(-5)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(index.position(99)).toEqual({ line: 1, column: 3, offset: 2 });
  });
});
