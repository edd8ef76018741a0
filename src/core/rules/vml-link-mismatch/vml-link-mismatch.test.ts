import { describe, expect, it } from 'vitest';
import { findingsOf } from '../rule-kit.test-helpers';

const ID = 'vml-link-mismatch';

/** The bulletproof button of buttons.cm: a VML shape for Outlook, an <a> for everyone else. */
function button(vmlHref: string, htmlHref: string, shape = 'v:roundrect'): string {
  return [
    '<div><!--[if mso]>',
    `  <${shape} xmlns:v="urn:schemas-microsoft-com:vml" href="${vmlHref}" style="height:40px;width:200px" fill="t">`,
    '    <w:anchorlock/><center>Shop the sale</center>',
    `  </${shape}>`,
    '<![endif]--><!--[if !mso]><!-->',
    `  <a href="${htmlHref}" style="display:inline-block">Shop the sale</a>`,
    '<!--<![endif]--></div>',
  ].join('\n');
}

describe(ID, () => {
  it('reports a VML button that points elsewhere than its HTML twin, with both hrefs', () => {
    const found = findingsOf(
      ID,
      button('https://shop.example.com/old-sale', 'https://shop.example.com/sale'),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: ID, severity: 'warning', link: 'L1', line: 2, column: 62 });
    const message = found[0]?.message ?? '';
    expect(message).toContain('VML <v:roundrect>');
    expect(message).toContain('https://shop.example.com/old-sale');
    expect(message).toContain('(line 6, L2) goes to https://shop.example.com/sale');
  });

  it.each(['v:rect', 'v:oval'])('checks %s buttons too', (shape) => {
    const found = findingsOf(ID, button('https://shop.example.com/x', 'https://shop.example.com/y', shape));
    expect(found.map((f) => f.link)).toEqual(['L1']);
    expect(found[0]?.message).toContain(`VML <${shape}>`);
  });

  it('is silent when the VML and the HTML link go to the same destination, however written', () => {
    expect(findingsOf(ID, button('https://shop.example.com/sale', 'https://shop.example.com/sale'))).toEqual(
      [],
    );
    expect(
      findingsOf(
        ID,
        button('https://Shop.example.com/sale?b=1&amp;a=2', 'https://shop.example.com/sale?a=2&b=1'),
      ),
    ).toEqual([]);
  });

  it('reports a link inside <!--[if mso]> that has no counterpart at all', () => {
    const html =
      '<p>Hi</p>\n<!--[if mso]><a href="https://shop.example.com/outlook">Outlook offer</a><![endif]-->';
    const found = findingsOf(ID, html);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ link: 'L1', line: 2, column: 23 });
    expect(found[0]?.message).toContain('<a> inside <!--[if mso]>');
    expect(found[0]?.message).toContain('has no counterpart');
  });

  it('finds the counterpart before the Outlook markup as well', () => {
    const html =
      '<a href="https://shop.example.com/sale">Sale</a>\n' +
      '<!--[if mso]><v:rect href="https://shop.example.com/sale"><center>Sale</center></v:rect><![endif]-->';
    expect(findingsOf(ID, html)).toEqual([]);
  });

  it('pairs each button of a row with its own twin', () => {
    const html = [
      button('https://shop.example.com/a', 'https://shop.example.com/a'),
      button('https://shop.example.com/b', 'https://shop.example.com/c'),
    ].join('\n');
    const found = findingsOf(ID, html);
    expect(found.map((f) => [f.link, f.line])).toEqual([['L3', 9]]);
    expect(found[0]?.message).toContain('(line 13, L4) goes to https://shop.example.com/c');
  });

  it('matches Outlook-only blocks of several links against the links that follow them', () => {
    const html = [
      '<!--[if mso]><table><tr>',
      '<td><a href="https://shop.example.com/men">Men</a></td>',
      '<td><a href="https://shop.example.com/women">Women</a></td>',
      '</tr></table><![endif]-->',
      '<!--[if !mso]><!--><div>',
      '<a href="https://shop.example.com/men">Men</a> <a href="https://shop.example.com/women">Women</a>',
      '</div><!--<![endif]-->',
    ].join('\n');
    expect(findingsOf(ID, html)).toEqual([]);
  });

  it('is silent for links outside conditional comments', () => {
    expect(
      findingsOf(ID, '<a href="https://a.example.com/">A</a> <a href="https://b.example.com/">B</a>'),
    ).toEqual([]);
  });

  it('leaves a VML twin that only bypasses the click tracker to untracked-link: one finding naming both links', () => {
    const html = button('https://shop.example.com/sale', 'https://click.shop.example.com/ls/click?upn=abc');
    const options = { trackingDomains: ['click.shop.example.com'] };
    expect(findingsOf(ID, html, options)).toEqual([]);
    const untracked = findingsOf('untracked-link', html, options);
    expect(untracked.map((f) => [f.link, f.relatedLinks])).toEqual([['L1', ['L2']]]);
    expect(untracked[0]?.message).toContain('Outlook-only twin of L2');
  });

  it('says when the VML link bypasses the tracker and lands elsewhere than its decodable twin', () => {
    const html = button(
      'https://shop.example.com/old-sale',
      'https://click.shop.example.com/ls/click?u=https%3A%2F%2Fshop.example.com%2Fsale',
    );
    const found = findingsOf(ID, html, { trackingDomains: ['click.shop.example.com'] });
    expect(found.map((f) => [f.link, f.relatedLinks])).toEqual([['L1', ['L2']]]);
    expect(found[0]?.message).toContain('does not go through the click-tracking host');
  });

  it('is silent on a VML shape with an empty href drawn around the ordinary link (the button background)', () => {
    const html = [
      '<!--[if mso]><v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" href="" style="height:40px" fill="t">',
      '<v:textbox inset="0,0,0,0"><center><![endif]-->',
      '<a href="https://shop.example.com/sale" style="display:inline-block">Shop the sale</a>',
      '<!--[if mso]></center></v:textbox></v:roundrect><![endif]-->',
    ].join('\n');
    expect(findingsOf(ID, html)).toEqual([]);
    // An empty VML href that stands beside the link, not around it, still leads nowhere in Outlook.
    expect(findingsOf(ID, button('', 'https://shop.example.com/sale'))).toHaveLength(1);
  });

  it('does not compare two links whose destination the click tracker hides', () => {
    const html = button(
      'https://click.shop.example.com/ls/click?upn=1',
      'https://click.shop.example.com/ls/click?upn=2',
    );
    expect(findingsOf(ID, html, { trackingDomains: ['click.shop.example.com'] })).toEqual([]);
  });

  it('shows an empty VML href as ""', () => {
    const found = findingsOf(ID, button('', 'https://shop.example.com/sale'));
    expect(found[0]?.message).toContain('goes to "", but');
    expect(found[0]?.message).toContain('the button leads nowhere in Outlook');
  });

  it('stays linear with thousands of Outlook-only links in one block', () => {
    const inner = Array.from(
      { length: 3000 },
      (_, i) => `<a href="https://x.example.com/${i}">${i}</a>`,
    ).join('');
    const outer = Array.from(
      { length: 3000 },
      (_, i) => `<a href="https://x.example.com/${i}">${i}</a>`,
    ).join('');
    const html = `<!--[if mso]>${inner}<![endif]-->${outer}`;
    expect(findingsOf(ID, html)).toEqual([]);
  });

  it("takes the nearer side, and a link with the same text, as the button's other half", () => {
    // Mailchimp's builder: product image and button link first, the VML copy right after.
    const html = [
      '<a href="https://shop.example.com/p/1"><img src="p1.png" alt="Laptop"></a>',
      '<p>Laptop</p><a href="https://shop.example.com/p/1/buy">VIEW DEAL</a>',
      '<!--[if mso]><v:roundrect href="https://shop.example.com/p/1/old"><center>VIEW DEAL</center></v:roundrect><![endif]-->',
      '<p>Next product, described at length so that it is farther away than the button before.</p>',
      '<a href="https://shop.example.com/p/2"><img src="p2.png" alt="Phone"></a>',
    ].join('\n');
    const found = findingsOf(ID, html);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ link: 'L3', line: 3 });
    expect(found[0]?.message).toContain('(line 2, L2) goes to https://shop.example.com/p/1/buy');
  });

  it('does not compare two tokens of one unrecognised tracking host in a sent email', () => {
    const token = (n: number): string => `https://t.news.example.com/x/${String(n).repeat(30)}`;
    const html = button(token(1), token(2));
    expect(findingsOf(ID, html, { mode: 'sent' }, { kind: 'eml' })).toEqual([]);
    // In a template, two different URLs on one host are two destinations.
    expect(findingsOf(ID, html, { mode: 'template' }).map((f) => f.link)).toEqual(['L1']);
  });

  it('treats a VML shape written outside a conditional comment as Outlook-only too', () => {
    const html =
      '<v:roundrect href="https://shop.example.com/old"><center>Sale</center></v:roundrect>\n' +
      '<a href="https://shop.example.com/sale">Sale</a>';
    const found = findingsOf(ID, html);
    expect(found.map((f) => [f.link, f.line])).toEqual([['L1', 1]]);
    expect(found[0]?.message).toContain('(line 2, L2) goes to https://shop.example.com/sale');
  });

  it("does not take a link of another kind (mailto:) for the button's other half", () => {
    const html = [
      '<p>Mail: <a href="mailto:help@example.com">help@example.com</a></p>',
      '<!--[if mso]><v:roundrect href="https://shop.example.com/offer">Offer</v:roundrect><![endif]-->',
    ].join('\n');
    const found = findingsOf(ID, html);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ link: 'L2', line: 2 });
    expect(found[0]?.message).toContain('has no counterpart');
  });

  it('words each case as its own message, from both links', () => {
    const [f] = findingsOf(ID, button('https://shop.example.com/old-sale', 'https://shop.example.com/sale'));
    expect(f?.messageId).toBe(ID);
    expect(f?.data).toEqual({
      element: 'v:roundrect',
      condition: 'mso',
      href: 'https://shop.example.com/old-sale',
      counterpart: 'L2',
      counterpartLine: 6,
      counterpartHref: 'https://shop.example.com/sale',
    });
    const [alone] = findingsOf(
      ID,
      '<!--[if gte mso 9]><a href="https://shop.example.com/outlook">Outlook offer</a><![endif]-->',
    );
    expect(alone?.messageId).toBe(`${ID}/no-counterpart`);
    expect(alone?.data).toEqual({
      element: 'a',
      condition: 'gte mso 9',
      href: 'https://shop.example.com/outlook',
    });
    expect(alone?.message).toContain('<a> inside <!--[if gte mso 9]>');
  });
});
