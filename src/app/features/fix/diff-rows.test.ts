import { describe, expect, it } from 'vitest';
import { diffRows } from './diff-rows';

describe('diffRows', () => {
  it('pairs a changed line with its replacement and keeps one line of context', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].join('\n');
    const after = ['a', 'b', 'c', 'D', 'e', 'f', 'g'].join('\n');
    expect(diffRows(before, after)).toEqual([
      { kind: 'gap', beforeLine: null, afterLine: null, before: null, after: null },
      { kind: 'same', beforeLine: 3, afterLine: 3, before: 'c', after: 'c' },
      { kind: 'changed', beforeLine: 4, afterLine: 4, before: 'd', after: 'D' },
      { kind: 'same', beforeLine: 5, afterLine: 5, before: 'e', after: 'e' },
      { kind: 'gap', beforeLine: null, afterLine: null, before: null, after: null },
    ]);
  });

  it('shows a long line around its first difference', () => {
    const before = `${'x'.repeat(1000)}<a href="www.a.com">${'y'.repeat(1000)}`;
    const after = `${'x'.repeat(1000)}<a href="https://www.a.com">${'y'.repeat(1000)}`;
    const [row] = diffRows(before, after);
    expect(row?.before?.startsWith('…')).toBe(true);
    expect(row?.before).toContain('<a href="www.a.com">');
    expect(row?.after).toContain('<a href="https://www.a.com">');
    expect((row?.after ?? '').length).toBeLessThan(200);
  });

  it('lists added lines without a counterpart', () => {
    const rows = diffRows('a\n', 'a\nb\n');
    expect(rows).toEqual([
      { kind: 'same', beforeLine: 1, afterLine: 1, before: 'a', after: 'a' },
      { kind: 'changed', beforeLine: null, afterLine: 2, before: null, after: 'b' },
    ]);
  });
});
