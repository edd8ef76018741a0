import { describe, expect, it } from 'vitest';
import { textToHtml } from './text-to-html';

describe('textToHtml', () => {
  it('links URLs the way mail clients do, without trailing punctuation', () => {
    const html = textToHtml(
      'See https://shop.example.com/a?b=1&c=2. Or www.shop.example.com/x, (https://shop.example.com/y)',
    );
    expect(html).toContain(
      '<a href="https://shop.example.com/a?b=1&amp;c=2">https://shop.example.com/a?b=1&amp;c=2</a>.',
    );
    expect(html).toContain('<a href="http://www.shop.example.com/x">www.shop.example.com/x</a>,');
    expect(html).toContain('(<a href="https://shop.example.com/y">https://shop.example.com/y</a>)');
  });

  it('escapes the text around links', () => {
    expect(textToHtml('a < b & "c"')).toContain('<pre>a &lt; b &amp; &quot;c&quot;</pre>');
  });
});
