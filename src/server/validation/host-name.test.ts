import { describe, expect, it } from 'vitest';
import { checkHostName } from './host-name';
import { checkSelector } from './selector';

describe('checkHostName', () => {
  it('accepts and lower-cases DNS names, A-labels included', () => {
    expect(checkHostName('Click.Example.COM')).toEqual({ ok: true, host: 'click.example.com', port: null });
    expect(checkHostName('xn--bcher-kva.example')).toEqual({
      ok: true,
      host: 'xn--bcher-kva.example',
      port: null,
    });
    expect(checkHostName('a-b.c0.example')).toMatchObject({ ok: true });
  });

  it('takes a port only where allowed', () => {
    expect(checkHostName('click.example.com:8443', { allowPort: true })).toEqual({
      ok: true,
      host: 'click.example.com',
      port: 8443,
    });
    expect(checkHostName('click.example.com:0', { allowPort: true })).toMatchObject({
      ok: false,
      problem: 'has an invalid port',
    });
    expect(checkHostName('click.example.com:8443')).toMatchObject({ ok: false });
  });

  it.each([
    ['', 'is empty'],
    ['   ', 'is empty'],
    ['exa mple.com', 'must not hold spaces or control characters'],
    ['ex\u0000ample.com', 'must not hold spaces or control characters'],
    ['exa\nmple.com', 'must not hold spaces or control characters'],
    ['\u00a0example.com', 'must be ASCII'],
    [
      'münchen.example',
      'must be ASCII; write an internationalised name in its A-label form (xn--mnchen-3ya.example)',
    ],
    ['1.2.3.4', 'must be a host name, not an IP address'],
    ['0177.0.0.1', 'must be a host name, not an IP address'],
    ['127.1', 'must be a host name, not an IP address'],
    ['example.0x10', 'must be a host name, not an IP address'],
    ['::1', 'must be a host name, not an IP address'],
    ['-bad.example', 'may hold only letters, digits, hyphens and dots'],
    ['bad-.example', 'may hold only letters, digits, hyphens and dots'],
    ['under_score.example', 'may hold only letters, digits, hyphens and dots'],
    ['example.com.', 'must not end with a dot'],
    ['.example.com', 'has an empty label (two dots in a row)'],
    ['com', 'must be a fully qualified name with a dot (example.com)'],
    [
      `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(62)}.e`,
      'is longer than 253 characters',
    ],
  ])('refuses %j: %s', (value, problem) => {
    expect(checkHostName(value)).toEqual({ ok: false, problem });
  });
});

describe('checkSelector', () => {
  it('accepts DKIM selectors, dotted and with underscores', () => {
    expect(checkSelector('S1')).toEqual({ ok: true, selector: 's1' });
    expect(checkSelector('k1.2024_05')).toEqual({ ok: true, selector: 'k1.2024_05' });
  });

  it('refuses empty, over-long and odd selectors', () => {
    expect(checkSelector('')).toMatchObject({ ok: false, problem: 'is empty' });
    expect(checkSelector('a'.repeat(129))).toMatchObject({ ok: false });
    expect(checkSelector('s1._domainkey.evil')).toMatchObject({ ok: true });
    expect(checkSelector('<s>')).toMatchObject({ ok: false });
    expect(checkSelector('a..b')).toMatchObject({ ok: false });
  });
});
