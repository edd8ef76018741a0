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
