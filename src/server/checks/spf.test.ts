import { describe, expect, it } from 'vitest';
import { isSpfRecord, parseSpf } from './spf';

describe('SPF record parsing', () => {
  it('recognises v=spf1 records only', () => {
    expect(isSpfRecord('v=spf1 -all')).toBe(true);
    expect(isSpfRecord('V=SPF1 include:x.example ~all')).toBe(true);
    expect(isSpfRecord('v=spf1')).toBe(true);
    expect(isSpfRecord('v=spf10 -all')).toBe(false);
    expect(isSpfRecord('google-site-verification=x')).toBe(false);
  });

  it('reads qualifiers, mechanisms with arguments and CIDR lengths, and modifiers', () => {
    expect(
      parseSpf(
        'v=spf1 ip4:192.0.2.0/24 a/24 mx:mail.example ~include:_spf.example redirect=_spf.other exp=why.example ?all',
      ),
    ).toEqual([
      { qualifier: '+', name: 'ip4', value: '192.0.2.0/24', modifier: false },
      { qualifier: '+', name: 'a', value: '/24', modifier: false },
      { qualifier: '+', name: 'mx', value: 'mail.example', modifier: false },
      { qualifier: '~', name: 'include', value: '_spf.example', modifier: false },
      { qualifier: '+', name: 'redirect', value: '_spf.other', modifier: true },
      { qualifier: '+', name: 'exp', value: 'why.example', modifier: true },
      { qualifier: '?', name: 'all', value: null, modifier: false },
    ]);
  });

  it('tolerates extra white space', () => {
    expect(parseSpf('v=spf1   -all  ').map((t) => t.name)).toEqual(['all']);
  });
});
