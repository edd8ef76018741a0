import { describe, expect, it } from 'vitest';
import { writingDifferences } from './writing-differences';

const same = (a: string, b: string): string[] => writingDifferences(a, a, b, b);

describe('writingDifferences', () => {
  it('names each kind of difference', () => {
    expect(same('https://Shop.example.com/a', 'https://shop.example.com/a')).toEqual(['host letter case']);
    expect(same('https://shop.example.com:443/a', 'https://shop.example.com/a')).toEqual(['default port']);
    expect(same('https://x.com/?a=1&b=2', 'https://x.com/?b=2&a=1')).toEqual(['query-parameter order']);
    expect(same('https://x.com/a%2f', 'https://x.com/a%2F')).toEqual(['percent-encoding']);
    expect(same('https://x.com/?q=%2f', 'https://x.com/?q=%2F')).toEqual(['percent-encoding']);
    expect(same('https://x.com/a?', 'https://x.com/a')).toEqual(['trailing `?`']);
    expect(same('https://x.com/a#', 'https://x.com/a')).toEqual(['trailing `#`']);
    expect(same('https://x.com', 'https://x.com/')).toEqual(['trailing `/`']);
    expect(same('HTTPS://x.com/', 'https://x.com/')).toEqual(['scheme letter case']);
    expect(same('https://bücher.example/', 'https://xn--bcher-kva.example/')).toEqual([
      'host spelling (Unicode vs punycode)',
    ]);
    expect(same('https://x.com/a/../b', 'https://x.com/b')).toEqual(['path dot-segments']);
  });

  it('tells `&amp;` from `&` by the source text', () => {
    expect(
      writingDifferences(
        'https://x.com/?a=1&amp;b=2',
        'https://x.com/?a=1&b=2',
        'https://x.com/?a=1&b=2',
        'https://x.com/?a=1&b=2',
      ),
    ).toEqual(['`&amp;` vs `&`']);
  });

  it('lists several differences in order', () => {
    expect(same('https://X.com:443/?b=2&a=1', 'https://x.com/?a=1&b=2')).toEqual([
      'host letter case',
      'default port',
      'query-parameter order',
    ]);
  });
});
