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
