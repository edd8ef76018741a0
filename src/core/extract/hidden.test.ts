import { describe, expect, it } from 'vitest';
import { reportOf } from '../rules/rule-kit.test-helpers';
import { extractLinks } from './extract-links';
import { styleHides } from './hidden';

const hiddenOf = (html: string): boolean[] => extractLinks(html).links.map((l) => l.hidden);

describe('hidden links', () => {
  it.each([
    ['display:none', '<div style="display:none"><a href="https://x.example/a">A</a></div>'],
    [
      'visibility:hidden',
      '<div style="visibility: hidden;"><p><a href="https://x.example/a">A</a></p></div>',
    ],
    ['opacity 0', '<span style="opacity:0"><a href="https://x.example/a">A</a></span>'],
    ['the hidden attribute', '<div hidden><a href="https://x.example/a">A</a></div>'],
    [
      'a zero-height clipping box',
      '<div style="max-height:0;overflow:hidden"><a href="https://x.example/a">A</a></div>',
    ],
    [
      'a honeypot moved off screen',
      '<div style="position:absolute;top:-1000px;left:-1000px;height:0px;width:0px;"><a href="http://x.example/t"><div></div></a></div>',
    ],
    ['an empty anchor', '<a href="#" name="Layout_3"></a>'],
    ['an anchor with white space and a line break', '<a href="https://x.example/a"> &nbsp;<br></a>'],
    ['an anchor around a 1-pixel spacer', '<a href="#"><img src="s.gif" width="265" height="1"></a>'],
  ])('%s is hidden', (_what, html) => {
    expect(hiddenOf(html)).toEqual([true]);
  });

  it.each([
    ['a plain link', '<a href="https://x.example/a">A</a>'],
    ['an image link', '<a href="https://x.example/a"><img src="logo.png" width="120"></a>'],
    [
      'an empty button drawn by its style',
      '<a href="https://x.example/a" style="display:inline-block;background:#0a7;padding:12px"></a>',
    ],
    [
      'a block hidden from Outlook only',
      '<div style="mso-hide:all"><a href="https://x.example/a">A</a></div>',
    ],
    [
      'the mobile block of a responsive email',
      '<style>@media (max-width:480px){ .mobile { display:block !important } }</style><div class="mobile" style="display:none"><a href="https://x.example/a">A</a></div>',
    ],
    [
      'a VML button with no text',
      '<!--[if mso]><v:roundrect href="https://x.example/a" style="width:200px"></v:roundrect><![endif]-->',
    ],
  ])('%s is not hidden', (_what, html) => {
    expect(hiddenOf(html)).toEqual([false]);
  });

  it('an Outlook-only link inside a hidden block is hidden too', () => {
    const html =
      '<div style="visibility:hidden"><!--[if mso]><v:roundrect href="https://x.example/a"><center>Go</center></v:roundrect><![endif]--></div>';
    expect(hiddenOf(html)).toEqual([true]);
  });

  it('is judged per link where links share ancestors, nest, or sit in template content', () => {
    const html =
      '<div><p><a href="https://x.example/1">1</a></p>' +
      '<p style="display:none"><a href="https://x.example/2">2</a><a href="https://x.example/3">3</a></p>' +
      '<p><a href="https://x.example/4" style="opacity:0">4</a><a href="https://x.example/5">5</a></p></div>' +
      '<div hidden><template><a href="https://x.example/6">6</a></template></div>' +
      '<template><div style="display:none"><a href="https://x.example/7">7</a></div></template>' +
      '<div style="display:none"><!--[if mso]><a href="https://x.example/8">8</a><![endif]--></div>' +
      '<div><!--[if mso]><a href="https://x.example/9">9</a><![endif]--></div>';
    expect(hiddenOf(html)).toEqual([false, true, true, true, false, false, true, true, false]);
  });

  it('reads inline styles as mail clients do', () => {
    expect(styleHides('DISPLAY: none !important')).toBe(true);
    expect(styleHides('display:block; visibility:visible')).toBe(false);
    expect(styleHides('height:0; overflow:visible')).toBe(false);
    expect(styleHides('position:relative; left:-2000px')).toBe(false);
  });

  it('gets no content, structure or tracking findings, but a visible twin does', () => {
    const r = reportOf(
      '<div style="display:none"><a href="http://x.example/a"><img src="a.png" width="100"></a></div>' +
        '<a href="http://x.example/b"><img src="b.png" width="100"></a>',
    );
    const byLink = (id: string) => r.findings.filter((f) => f.link === id).map((f) => f.rule);
    expect(byLink('L1')).toEqual([]);
    expect(byLink('L2')).toEqual(expect.arrayContaining(['empty-link-text', 'insecure-http']));
  });
});
