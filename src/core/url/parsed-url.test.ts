import { describe, expect, it } from 'vitest';
import { forgetStringMemos } from '../cache/string-memo';
import { memoByUrl, parseParams, parsedUrl, writesNameTwice } from './parsed-url';

describe('parsedUrl', () => {
  it('searchNames: the names of searchParams.keys(), in order, for queries written every way', () => {
    const queries = [
      '',
      '?',
      '?a=1&b=2',
      '?a=1&&b&=x&c=',
      '?a=b=c&a=d',
      '?UTM_Source=x&utm_source=y',
      '?%75tm=1&a%3Db=2',
      '?a+b=1&c%20d=2',
      '?a+b=1&c=2',
      '?bad=%E0%A4%A&%zz=1',
      '?é=1&ü',
      '?a=1#b=2&c=3',
      '?&&&',
    ];
    for (const q of queries) {
      const url = `https://shop.example.com/p${q}`;
      expect(parsedUrl(url).searchNames, q).toEqual([...new URL(url).searchParams.keys()]);
    }
    expect(parsedUrl('https://shop.example.com/?b=1&a=2&b=3').searchNames).toEqual(['b', 'a', 'b']);
  });
});

describe('memoByUrl', () => {
  it('answers each text once per analysis, undefined answers included, each function apart', () => {
    const asked: string[] = [];
    const length = memoByUrl((text: string) => {
      asked.push(`length ${text}`);
      return text.length;
    });
    const nothing = memoByUrl((text: string): undefined => {
      asked.push(`nothing ${text}`);
      return undefined;
    });
    const a = 'https://shop.example.com/a';
    expect([length(a), length(a), nothing(a), nothing(a), length(`${a}b`)]).toEqual([
      a.length,
      a.length,
      undefined,
      undefined,
      a.length + 1,
    ]);
    expect(asked).toEqual([`length ${a}`, `nothing ${a}`, `length ${a}b`]);
    forgetStringMemos();
    expect(length(a)).toBe(a.length);
    expect(asked).toHaveLength(4);
  });
});

describe('parseParams', () => {
  it('splits at & and the first =, skips empty pieces, decodes values as form data', () => {
    expect(parseParams('a=1&&b&=x&c=&d=e=f&g=%20h+i&')).toEqual([
      { name: 'a', value: '1' },
      { name: 'b', value: '' },
      { name: '', value: 'x' },
      { name: 'c', value: '' },
      { name: 'd', value: 'e=f' },
      { name: 'g', value: ' h i' },
    ]);
    expect(parseParams('')).toEqual([]);
    expect(parseParams('&&')).toEqual([]);
    expect(parseParams('a&b&c=1')).toEqual([
      { name: 'a', value: '' },
      { name: 'b', value: '' },
      { name: 'c', value: '1' },
    ]);
  });

  it('with nameOf, makes only the parameters it names, asked where each name is written', () => {
    const seen: string[] = [];
    const nameOf = (q: string, start: number, end: number): string | null => {
      seen.push(q.slice(start, end));
      return q.charAt(start) === 'k' ? q.slice(start, end).toUpperCase() : null;
    };
    expect(parseParams('k1=a&x=b&&k2&=c&k3=d=e', nameOf)).toEqual([
      { name: 'K1', value: 'a' },
      { name: 'K2', value: '' },
      { name: 'K3', value: 'd=e' },
    ]);
    expect(seen).toEqual(['k1', 'x', 'k2', '', 'k3']);
  });

  it("query is the parts' query, with or without merge tags", () => {
    const texts = [
      'https://x.com/p?a=1&b=2#f?c=3',
      'https://x.com/p#f?c=3',
      'https://x.com/?',
      'https://x.com?a#',
      'http://x.com/p',
      'HTTPS+x.y-z://h/p?q',
      'mailto:a@b.c?subject=x',
      '1http://x.com/?a=1',
      '//x.com/?a=1',
      'https://x.com/a:b://c?d=1',
      'https://x.com/?e=*|EMAIL|*&u={{ id }}#x',
      'https://x.com/{{ path?x }}?a=1',
      'https://x.com/?c=#{campaign}&utm_source=x',
      '',
    ];
    for (const text of texts) {
      forgetStringMemos();
      const query = parsedUrl(text).query;
      forgetStringMemos();
      expect([text, query]).toEqual([text, parsedUrl(text).parts?.query ?? null]);
    }
  });

  it('writesNameTwice tells a name written twice as the parameters would', () => {
    const twice = (q: string): boolean => {
      const names = parseParams(q).map((p) => p.name);
      return new Set(names).size < names.length;
    };
    const queries = [
      '',
      'a=1',
      'a=1&b=2',
      'a=1&a=2',
      'a&a=1',
      'ab=1&a=1&b',
      '=1&=2',
      '&&a=1&&b=a&',
      'a=b=c&b=c',
      'utm_source=x&UTM_source=y',
      'x=1&y=a=b&y',
      Array.from({ length: 20 }, (_, i) => `p${i}=1`).join('&'),
      Array.from({ length: 20 }, (_, i) => `p${i}=1`).join('&') + '&p3=2',
    ];
    for (const q of queries) expect([q, writesNameTwice(q)]).toEqual([q, twice(q)]);
    expect(writesNameTwice('a=1&b=2&a=3')).toBe(true);
    expect(writesNameTwice('a=1&b=2&c=a')).toBe(false);
  });

  it('a URL with merge tags keeps them whole in its parameters', () => {
    expect(parsedUrl('https://shop.example.com/?e=*|EMAIL|*&u={{ id }}').params).toEqual([
      { name: 'e', value: '*|EMAIL|*' },
      { name: 'u', value: '{{ id }}' },
    ]);
  });
});
