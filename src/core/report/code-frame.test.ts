import { describe, expect, it } from 'vitest';
import { LineIndex } from '../extract/line-index';
import { codeFrame } from './code-frame';
import { defined } from './fixtures/defined';

describe('codeFrame', () => {
  it('shows the line before, the marked line and carets under the range', () => {
    const lines = new LineIndex('<p>\n<a href="x.html">x</a>\n</p>');
    expect(codeFrame(lines, 2, 10, { length: 6 })).toBe(
      ['  1 | <p>', '> 2 | <a href="x.html">x</a>', '    |          ^^^^^^'].join('\n'),
    );
  });

  it('cuts long lines to a window around the column, keeping the caret aligned', () => {
    const line = `${'x'.repeat(500)}<a href="https://e.com/">y</a>${'z'.repeat(500)}`;
    const lines = new LineIndex(line);
    const column = line.indexOf('https') + 1;
    const frame = codeFrame(lines, 1, column, { length: 16, maxWidth: 60 }).split('\n');
    expect(defined(frame[0]).length).toBeLessThan(80);
    const caret = defined(frame[1]).indexOf('^');
    expect(defined(frame[0]).slice(caret, caret + 16)).toBe('https://e.com/">'.slice(0, 16));
  });

  it('expands tabs in the indent of the caret line', () => {
    const lines = new LineIndex('\t\t<a href="y">');
    const frame = codeFrame(lines, 1, 12, { length: 1 }).split('\n');
    const caret = defined(frame[1]).indexOf('^');
    expect(defined(frame[0])[caret]).toBe('y');
  });

  it('keeps at least one caret for an empty range', () => {
    const lines = new LineIndex('<a href="">');
    expect(codeFrame(lines, 1, 10, { length: 0 }).split('\n')[1]).toContain('^');
  });
});
