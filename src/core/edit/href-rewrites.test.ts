import { describe, expect, it } from 'vitest';
import {
  addScheme,
  moveQueryBeforeFragment,
  percentEncode,
  repairDoubleEncoding,
  repairQuotedPrintable,
  stripSmartQuotes,
  trimWhitespace,
  upgradeToHttps,
} from './href-rewrites';

const rewrites = {
  trimWhitespace,
  stripSmartQuotes,
  addScheme,
  repairDoubleEncoding,
  repairQuotedPrintable,
  moveQueryBeforeFragment,
  percentEncode,
  upgradeToHttps,
};

describe('href rewrites', () => {
  it.each([
    ['trimWhitespace', '  https://x.com/a \n', 'https://x.com/a'],
    ['trimWhitespace', 'https://x.com/\n  a', 'https://x.com/  a'],
    ['stripSmartQuotes', '\u201Chttps://x.com/a\u201D', 'https://x.com/a'],
    ['stripSmartQuotes', '\u2018https://x.com/a\u2019 ', 'https://x.com/a'],
    ['addScheme', 'www.shop.com/x', 'https://www.shop.com/x'],
    ['addScheme', 'shop.com/x?a=1', 'https://shop.com/x?a=1'],
    ['addScheme', '//shop.com/x', 'https://shop.com/x'],
    ['repairDoubleEncoding', 'https://x.com/?a=1&amp;b=2', 'https://x.com/?a=1&b=2'],
    ['repairDoubleEncoding', 'https://x.com/?a=1&amp;amp;b=2', 'https://x.com/?a=1&b=2'],
    ['repairDoubleEncoding', 'https://x.com/?a=1#038;b=2', 'https://x.com/?a=1&b=2'],
    ['repairQuotedPrintable', 'https://x.com/?a=3D1&b=3D2', 'https://x.com/?a=1&b=2'],
    ['repairQuotedPrintable', 'https://x.com/very-long=\n-path', 'https://x.com/very-long-path'],
    [
      'moveQueryBeforeFragment',
      'https://x.com/p#top?utm_source=a&b=c',
      'https://x.com/p?utm_source=a&b=c#top',
    ],
    [
      'moveQueryBeforeFragment',
      'https://x.com/p?a=1#top&utm_source=a',
      'https://x.com/p?a=1&utm_source=a#top',
    ],
    ['moveQueryBeforeFragment', 'https://x.com/p#?utm_source=a', 'https://x.com/p?utm_source=a'],
    ['percentEncode', 'https://x.com/a b?q=a|b', 'https://x.com/a%20b?q=a%7Cb'],
    ['percentEncode', 'https://x.com/caf\u00E9?e={{ email }}', 'https://x.com/caf%C3%A9?e={{ email }}'],
    ['upgradeToHttps', 'http://x.com/a', 'https://x.com/a'],
  ] as const)('%s(%j) = %j, and is idempotent', (name, input, expected) => {
    const fn = rewrites[name];
    const out = fn(input);
    expect(out).toBe(expected);
    expect(fn(expected)).toBeNull();
  });

  it.each([
    ['trimWhitespace', 'https://x.com/a'],
    ['stripSmartQuotes', 'https://x.com/a'],
    ['addScheme', 'https://x.com/a'],
    ['addScheme', '/pricing'],
    ['addScheme', '{{url}}'],
    ['repairQuotedPrintable', 'https://x.com/?a=1'],
    ['moveQueryBeforeFragment', 'https://x.com/#section-2'],
    ['percentEncode', 'https://x.com/a%20b'],
    ['percentEncode', 'https://b\u00FCcher.de/'],
    ['upgradeToHttps', 'https://x.com/'],
  ] as const)('%s leaves %j alone', (name, input) => {
    expect(rewrites[name](input)).toBeNull();
  });
});
