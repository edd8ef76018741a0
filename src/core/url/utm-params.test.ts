import { describe, expect, it } from 'vitest';
import { queryParams } from './query-params';
import { isUtmName, utmParams } from './utm-params';

describe('utm parameters', () => {
  it('reads utm_* from the query only, decoded, in order', () => {
    expect(
      utmParams('https://x.com/p?id=1&utm_source=news+letter&UTM_Medium=e%2Dmail#utm_campaign=x'),
    ).toEqual([
      { name: 'utm_source', value: 'news letter' },
      { name: 'UTM_Medium', value: 'e-mail' },
    ]);
  });

  it('reads the same utm_* parameters as a filter of all of them', () => {
    for (const url of [
      'https://x.com/p',
      'https://x.com/p?',
      'https://x.com/p?a=1&b=2',
      'https://x.com/p?utm_=1&utm=2&utmx_a=3&Utm_Source=4&utm_a-b=5&xutm_a=6&utm_c&&utm_d=%41+b',
      'https://x.com/?c=#{campaign}&utm_source={{ src }}&utm_medium=*|M|*',
    ]) {
      expect(utmParams(url)).toEqual(queryParams(url).filter((p) => isUtmName(p.name)));
    }
    expect(utmParams('https://x.com/p?UTM_Source=4&utm_c').map((p) => p.name)).toEqual([
      'UTM_Source',
      'utm_c',
    ]);
  });

  it('keeps merge tags whole and does not split on a # inside one', () => {
    expect(queryParams('https://x.com/?c=#{campaign}&utm_source={{ src }}')).toEqual([
      { name: 'c', value: '#{campaign}' },
      { name: 'utm_source', value: '{{ src }}' },
    ]);
  });

  it('keeps a malformed escape as written and decodes the rest', () => {
    expect(queryParams('https://x.com/?q=100%&r=%E2%82%AC')).toEqual([
      { name: 'q', value: '100%' },
      { name: 'r', value: '€' },
    ]);
  });

  it('knows utm names', () => {
    expect(isUtmName('utm_source')).toBe(true);
    expect(isUtmName('UTM_CAMPAIGN')).toBe(true);
    expect(isUtmName('utm_')).toBe(false);
    expect(isUtmName('xutm_source')).toBe(false);
  });
});
