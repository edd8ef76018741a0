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
