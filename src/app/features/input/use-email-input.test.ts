import { describe, expect, it } from 'vitest';
import { isAnotherEmail } from './use-email-input';

describe('which change of the box is another email', () => {
  const email = `<!DOCTYPE html><html><body>${'<p><a href="https://shop.example.com/a">A</a></p>'.repeat(20)}</body></html>`;

  it('an edit, a fix or a few lines typed keep the email', () => {
    expect(isAnotherEmail(email, email.replace('/a"', '/b"'))).toBe(false);
    expect(isAnotherEmail(email, `${email}\n<p>more</p>`)).toBe(false);
    expect(isAnotherEmail(email, email.slice(0, -40))).toBe(false);
  });

  it('a paste over everything, or the first text in an empty box, is another email', () => {
    expect(isAnotherEmail(email, 'From: a@b.example\nSubject: x\n\n<p>hi</p>')).toBe(true);
    expect(isAnotherEmail('', email)).toBe(true);
    expect(isAnotherEmail(email, '')).toBe(true);
    expect(isAnotherEmail(email, email)).toBe(false);
  });
});

describe('isAnotherEmail on long texts', () => {
  /** The answer by a plain walk over every character, as the blocks must give it. */
  function byCharacters(before: string, after: string): boolean {
    if (before.trim() === '' || after.trim() === '') return before !== after;
    const max = Math.min(before.length, after.length);
    let head = 0;
    while (head < max && before.charCodeAt(head) === after.charCodeAt(head)) head++;
    let tail = 0;
    while (tail < max - head && before.at(-1 - tail) === after.at(-1 - tail)) tail++;
    return head + tail < 0.5 * max && before.length !== after.length;
  }

  it('gives the answer of a walk over every character, wherever the texts part', () => {
    const line = '<tr><td><a href="https://shop.example.com/p?utm_source=news">Shop</a></td></tr>\n';
    const email = line.repeat(3000);
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let k = 0; k < 200; k++) {
      const at = next(email.length);
      const cut = next(email.length - at);
      const inserted = 'x'.repeat(next(3) === 0 ? next(email.length) : next(50));
      const after = email.slice(0, at) + inserted + email.slice(at + cut);
      expect(isAnotherEmail(email, after), `at ${at}, cut ${cut}, inserted ${inserted.length}`).toBe(
        byCharacters(email, after),
      );
    }
  });

  it('a block boundary does not hide a difference next to it', () => {
    const email = 'a'.repeat(4096) + 'b'.repeat(4096);
    // One character changed right before and right after a 1,024-character block boundary.
    for (const at of [1023, 1024, 2047, 4096, 8191]) {
      const after = `${email.slice(0, at)}z${email.slice(at + 1)}x`;
      expect(isAnotherEmail(email, after)).toBe(byCharacters(email, after));
    }
  });
});
