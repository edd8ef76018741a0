import { describe, expect, it } from 'vitest';
import { outlookViewHtml } from './outlook-view';

describe('the Outlook view of an email', () => {
  const html =
    '<p>x</p><!--[if mso]><a href="https://a.example.com/vml">VML</a><![endif]--><!--[if !mso]><!--><a href="https://a.example.com/html">HTML</a><!--<![endif]-->';

  it('keeps every offset: the output has the same length and the links start where they did', () => {
    const out = outlookViewHtml(html);
    expect(out).toHaveLength(html.length);
    for (const href of ['https://a.example.com/vml', 'https://a.example.com/html']) {
      expect(out.indexOf(href)).toBe(html.indexOf(href));
    }
  });

  it('opens the [if mso] block and hides the [if !mso] one', () => {
    const out = outlookViewHtml(html);
    expect(out).not.toContain('<!--');
    expect(out).toMatch(
      /<p>x<\/p>\s+<a href="https:\/\/a.example.com\/vml">VML<\/a>\s+<div hidden\s*><a href="https:\/\/a.example.com\/html">HTML<\/a><\/div>\s*$/,
    );
  });
});
