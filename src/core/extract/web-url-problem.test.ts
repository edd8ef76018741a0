import { describe, expect, it } from 'vitest';
import { findMergeTags } from '../url/merge-tags';
import { isHttpTypo, judgeWebHref, looksLikeWebHref, webUrlProblem } from './web-url-problem';

describe('isHttpTypo', () => {
  it.each(['htp', 'htps', 'htttp', 'hhttp', 'ttp', 'ttps', 'httpss', 'htpt', 'hxxp', 'hxxps', 'HTPS'])(
    '%s is a misspelt http(s)',
    (word) => {
      expect(isHttpTypo(word)).toBe(true);
    },
  );

  it.each(['http', 'https', 'ftp', 'ftps', 'tel', 'sms', 'itms', 'rtsp', 'webcal', 'mailto', 'sftp'])(
    '%s is not',
    (word) => {
      expect(isHttpTypo(word)).toBe(false);
    },
  );
});

describe('isHttpTypo: one edit', () => {
  /** Within one edit of `b`: the same, one substitution, one swap of neighbours, or one character more or less. */
  function reference(a: string, b: string): boolean {
    if (a === b) return true;
    const drop = (s: string, i: number): string => s.slice(0, i) + s.slice(i + 1);
    if (a.length === b.length) {
      const diffs = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
      const [i = 0, j = 0] = diffs;
      return diffs.length === 1 || (diffs.length === 2 && j === i + 1 && a[i] === b[j] && a[j] === b[i]);
    }
    if (a.length === b.length + 1) return [...a].some((_, i) => drop(a, i) === b);
    if (b.length === a.length + 1) return [...b].some((_, i) => drop(b, i) === a);
    return false;
  }

  it('agrees with deleting each character in turn, on every word of h, t, p, s and x up to 6 letters', () => {
    const words: string[] = [''];
    for (let length = 1; length <= 6; length++) {
      for (const w of words.filter((x) => x.length === length - 1))
        for (const c of 'htpsx') words.push(w + c);
    }
    for (const word of words.filter((w) => w.length >= 2)) {
      const expected =
        word === 'hxxp' ||
        word === 'hxxps' ||
        (!['http', 'https'].includes(word) && (reference(word, 'http') || reference(word, 'https')));
      expect([word, isHttpTypo(word)]).toEqual([word, expected]);
    }
  });
});

describe('looksLikeWebHref', () => {
  it.each([
    ['https://x.com', true],
    ['http//x.com', true],
    ['https:/x.com', true],
    ['htps://x.com', true],
    ['http;//x.com', true],
    ['http.html', false],
    ['httpdocs/x', false],
    ['ftp://x.com', false],
    ['www.x.com', false],
  ])('%s → %s', (href, expected) => {
    expect(looksLikeWebHref(href)).toBe(expected);
  });
});

describe('judgeWebHref', () => {
  it('gives the normalised URL with merge tags put back as written, port tags included', () => {
    const href = 'HTTPS://Shop.COM:${PORT}/{{path}}?e={{ email }}';
    expect(judgeWebHref(href, findMergeTags(href))).toEqual({
      url: 'https://shop.com:${PORT}/{{path}}?e={{ email }}',
    });
  });

  it('names the part that is wrong', () => {
    expect(webUrlProblem('https://www.sh op.com/x', [])).toEqual({
      code: 'host-spaces',
      part: 'www.sh op.com',
    });
    expect(webUrlProblem('http://http://x.com', [])).toEqual({
      code: 'double-scheme',
      part: 'http://http://',
    });
    expect(webUrlProblem('https://x.com:8o8o/', [])).toEqual({ code: 'bad-port', part: 'x.com:8o8o' });
    expect(webUrlProblem('https://x.com/', [])).toBeNull();
  });
});
