import fc from 'fast-check';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { describe, expect, it } from 'vitest';
import { extractLinks, rawAttribute } from './extract-links';
import { tagSoup } from './tag-soup.test-helpers';

/** The fields of each link that a position test needs. */
function positions(html: string): Array<[string, string | null, number, number, string]> {
  return extractLinks(html).links.map((l) => [
    l.element,
    l.href,
    l.line,
    l.column,
    html.slice(l.offset, l.offset + 5),
  ]);
}

describe('extractLinks: positions', () => {
  it('points at the value of double-quoted, single-quoted and unquoted hrefs, and after a valueless one', () => {
    const html = `<a href="https://a.com/">a</a>\n<a href='https://b.com/'>b</a>\n<a href=https://c.com/>c</a>\n<a href>d</a>`;
    expect(positions(html)).toEqual([
      ['a', 'https://a.com/', 1, 10, 'https'],
      ['a', 'https://b.com/', 2, 10, 'https'],
      ['a', 'https://c.com/', 3, 9, 'https'],
      ['a', '', 4, 8, '>d</a'],
    ]);
    const raws = extractLinks(html).links.map((l) => [l.raw?.quote, l.raw?.rawValue]);
    expect(raws).toEqual([
      ['"', 'https://a.com/'],
      ["'", 'https://b.com/'],
      ['', 'https://c.com/'],
      ['', ''],
    ]);
  });

  it('points at the start tag of a link without href', () => {
    const { links } = extractLinks('<p>x</p>\n  <a name="top">Top</a>');
    expect(links.map((l) => [l.href, l.raw, l.line, l.column, l.offset])).toEqual([[null, null, 2, 3, 11]]);
  });

  it('keeps CRLF files in step: lines end at \\r\\n, columns count from the line start', () => {
    const html = '<p>a</p>\r\n<a\r\n  HREF = "https://x.com/1">one</a>\r\n<a href="https://x.com/2">two</a>';
    const { links } = extractLinks(html);
    expect(links.map((l) => [l.line, l.column, l.offset])).toEqual([
      [3, 11, 24],
      [4, 10, 59],
    ]);
    expect(links[0]?.raw).toMatchObject({ name: 'HREF', source: 'HREF = "https://x.com/1"', quote: '"' });
  });

  it('decodes character references in href and keeps the raw value as written', () => {
    const { links } = extractLinks('<a href="https://x.com/?a=1&amp;b=2&#38;c=&quot;">x</a>');
    expect(links[0]?.href).toBe('https://x.com/?a=1&b=2&c="');
    expect(links[0]?.raw?.rawValue).toBe('https://x.com/?a=1&amp;b=2&#38;c=&quot;');
  });

  it('counts offsets in UTF-16 code units, after a BOM and astral characters', () => {
    const html = '\uFEFF😀 <a href="https://x.com/">x</a>';
    const [link] = extractLinks(html).links;
    expect(link?.offset).toBe(13);
    expect(html.slice(link?.offset ?? 0)).toMatch(/^https:\/\/x\.com\//);
    expect(link?.column).toBe(14);
  });
});

describe('extractLinks: Outlook conditional comments and VML', () => {
  it.each([
    ['mso', '<!--[if mso]>'],
    ['gte mso 9', '<!--[if gte mso 9]>'],
    ['IE', '<!--[if IE]>'],
    ['(gte mso 9)|(IE)', '<!--[if (gte mso 9)|(IE)]>'],
    ['mso | IE', '<!--[if mso | IE]>'],
  ])('finds links inside [if %s], Outlook-only, at their place in the file', (condition, open) => {
    const html = `<div>\n${open}<a href="https://x.com/o">O</a><![endif]-->\n</div>`;
    const [link] = extractLinks(html).links;
    expect(link).toMatchObject({ href: 'https://x.com/o', outlookOnly: true, condition, line: 2 });
    expect(html.slice(link?.offset ?? 0)).toMatch(/^https:\/\/x\.com\/o/);
    expect(link?.column).toBe(open.length + 10);
  });

  it('reads conditional comments written in upper case', () => {
    const html = '<!--[IF MSO]><a href="https://x.com/u">U</a><![ENDIF]-->';
    const { links } = extractLinks(html);
    expect(links.map((l) => [l.href, l.condition, l.text, l.column])).toEqual([
      ['https://x.com/u', 'MSO', 'U', 23],
    ]);
  });

  it('treats the content of a downlevel-revealed [if !mso] block as ordinary markup', () => {
    const { links } = extractLinks('<!--[if !mso]><!--><a href="https://x.com/h">H</a><!--<![endif]-->');
    expect(links.map((l) => [l.href, l.outlookOnly, l.condition])).toEqual([
      ['https://x.com/h', false, null],
    ]);
  });

  it('finds the VML shapes of bulletproof buttons with their text', () => {
    const html = [
      '<!--[if mso]>',
      '<v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" href="https://x.com/r" arcsize="10%"><w:anchorlock/><center>Round</center></v:roundrect>',
      '<v:rect href="https://x.com/q"><center>Rect</center></v:rect>',
      '<v:oval href="https://x.com/o" /><v:roundrect style="x"><center>No link</center></v:roundrect>',
      '<![endif]-->',
    ].join('\r\n');
    const { links } = extractLinks(html);
    expect(links.map((l) => [l.element, l.href, l.text, l.line, l.outlookOnly])).toEqual([
      ['v:roundrect', 'https://x.com/r', 'Round', 2, true],
      ['v:rect', 'https://x.com/q', 'Rect', 3, true],
      ['v:oval', 'https://x.com/o', '', 4, true],
    ]);
  });

  it('maps the offsets of an unclosed conditional comment back into the file', () => {
    const html = '<p>x</p><!--[if mso]><a href="https://x.com/open">';
    const [link] = extractLinks(html).links;
    expect(link).toMatchObject({ href: 'https://x.com/open', outlookOnly: true, offset: 30 });
  });

  it('reports parse errors inside a conditional comment at their place in the file', () => {
    const html = '<p>x</p>\n<!--[if mso]><a href="https://a.com/" href="https://b.com/">x</a><![endif]-->';
    const errors = extractLinks(html).parseErrors.filter((e) => e.code === 'duplicate-attribute');
    expect(errors.map((e) => [e.line, e.offset])).toEqual([[2, 51]]);
  });

  it('tells a nested <a> inside a conditional comment', () => {
    const html = '<!--[if mso]><a href="https://x.com/1">1<a href="https://x.com/2">2</a><![endif]-->';
    expect(
      extractLinks(html)
        .parseErrors.filter((e) => e.code === 'nested-a')
        .map((e) => e.offset),
    ).toEqual([13]);
  });

  it('does not call an <a> opened and closed in two conditional comments unclosed', () => {
    const html = '<!--[if mso]><a href="https://x.com/"><![endif]-->Go<!--[if mso]></a><![endif]-->';
    const codes = extractLinks(html).parseErrors.map((e) => e.code);
    expect(codes).not.toContain('a-not-closed');
  });
});

describe('extractLinks: elements and structure', () => {
  it('finds <area> links of image maps', () => {
    const { links } = extractLinks(
      '<map name="m"><area shape="rect" coords="0,0,9,9" href="https://x.com/a" alt="A"></map>',
    );
    expect(links.map((l) => [l.element, l.href, l.column])).toEqual([['area', 'https://x.com/a', 57]]);
  });

  it('finds links inside <noscript>, which email clients show', () => {
    const { links } = extractLinks('<noscript><a href="https://x.com/n">N</a></noscript>');
    expect(links.map((l) => [l.href, l.text, l.column])).toEqual([['https://x.com/n', 'N', 20]]);
  });

  it('lists links in document order, across conditional comments and markup', () => {
    const html =
      '<a href="https://x.com/1">1</a><!--[if mso]><v:rect href="https://x.com/2"></v:rect><![endif]--><a href="https://x.com/3">3</a>';
    expect(extractLinks(html).links.map((l) => [l.id, l.href])).toEqual([
      ['L1', 'https://x.com/1'],
      ['L2', 'https://x.com/2'],
      ['L3', 'https://x.com/3'],
    ]);
  });

  it('takes one link for an <a> left open that the parser re-opens, and says it was not closed', () => {
    const { links, parseErrors } = extractLinks('<p><a href="https://x.com/">Sale</p><p>More</p>');
    expect(links.map((l) => [l.id, l.text])).toEqual([['L1', 'Sale']]);
    expect(parseErrors.filter((e) => e.code !== 'missing-doctype').map((e) => [e.code, e.column])).toEqual([
      ['a-not-closed', 4],
    ]);
  });

  it('tells a nested <a> from one left open', () => {
    const { parseErrors } = extractLinks('<a href="https://x.com/1">one <a href="https://x.com/2">two</a>');
    expect(parseErrors.filter((e) => e.code !== 'missing-doctype').map((e) => [e.code, e.offset])).toEqual([
      ['nested-a', 0],
    ]);
  });

  it('collects text, image alt text and aria-label', () => {
    const { links, images } = extractLinks(
      '<a href="https://x.com/" aria-label=" Shop "><img src="https://x.com/i.png" alt="Coats"> <b>Warm</b><br>coats</a>',
    );
    expect(links[0]).toMatchObject({
      text: 'Warm coats',
      imageAlt: 'Coats',
      ariaLabel: 'Shop',
      hasImage: true,
    });
    expect(images.map((i) => [i.src, i.inLink, i.outlookOnly])).toEqual([
      ['https://x.com/i.png', true, false],
    ]);
  });

  it('does not throw on empty, binary-looking or truncated input', () => {
    for (const html of [
      '',
      '\u0000',
      '<a',
      '<a href="',
      '<!--[if mso]>',
      '<!--[if mso]><a href=x',
      '</a></a>',
    ]) {
      expect(() => extractLinks(html)).not.toThrow();
    }
  });
});

describe('extractLinks: what the tree builder decides', () => {
  it('drops links that a <frameset> cuts out of the document, as browsers do', () => {
    expect(extractLinks('<a href="/gone"></a><frameset><frame></frameset>').links).toEqual([]);
  });

  it('counts an image inside a <template> inside a link as inside the link', () => {
    const { images } = extractLinks(
      '<a href="/t"><template><img src="in.png"></template></a><img src="out.png">',
    );
    expect(images.map((i) => [i.src, i.inLink])).toEqual([
      ['in.png', true],
      ['out.png', false],
    ]);
  });

  it('takes the text of the <a> as written, not of the copies the parser makes after a paragraph ends', () => {
    const [link] = extractLinks('<p><a href="/1">one</p><p>two</p>').links;
    expect(link?.text).toBe('one');
  });
});

/**
 * The same links as a plain walk over parse5's own location tree finds: the
 * extraction reads a tree built with fewer locations and no walk over the
 * whole tree, so it is checked against the straightforward way on tag soup.
 */
describe('extractLinks: agrees with a walk over parse5 location info', () => {
  type Row = [number, number, string | null, string];
  function reference(html: string): { links: Row[]; images: Array<[number, boolean]> } {
    const doc = parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false });
    const links = new Map<number, Row>();
    const images: Array<[number, boolean]> = [];
    const textOf = (node: T.Node): string =>
      node.nodeName === '#text'
        ? (node as T.TextNode).value
        : 'tagName' in node && node.tagName !== 'style' && node.tagName !== 'script'
          ? (node.tagName === 'br' ? ' ' : '') + node.childNodes.map(textOf).join('')
          : '';
    const visit = (node: T.ParentNode, inLink: boolean): void => {
      for (const child of node.childNodes) {
        if (!('tagName' in child)) continue;
        const loc = child.sourceCodeLocation;
        const tag = child.tagName;
        const isLink =
          tag === 'a' || tag === 'area' || (tag.includes(':') && child.attrs.some((a) => a.name === 'href'));
        if (isLink && loc && !links.has(loc.startOffset)) {
          const text = child.childNodes.map(textOf).join('').replace(/\s+/g, ' ').trim();
          links.set(loc.startOffset, [
            loc.startOffset,
            loc.endOffset,
            child.attrs.find((a) => a.name === 'href')?.value ?? null,
            text,
          ]);
        }
        if (tag === 'img' && loc) images.push([loc.startOffset, inLink]);
        visit((child as Partial<T.Template>).content ?? child, inLink || isLink);
      }
    };
    visit(doc, false);
    return {
      links: [...links.values()].sort((a, b) => a[0] - b[0]),
      images: images.sort((a, b) => a[0] - b[0]),
    };
  }

  it('on random tag soup (no conditional comments or self-closed VML, which the walk does not know)', () => {
    fc.assert(
      fc.property(tagSoup(['<a href="/y">', '<style>s</style>', '<button>']), (html) => {
        const got = extractLinks(html);
        expect({
          links: got.links.map((l): Row => [l.startTag.start, l.elementRange.end, l.href, l.text]),
          images: got.images.map((i): [number, boolean] => [i.offset, i.inLink]),
        }).toEqual(reference(html));
      }),
      { numRuns: 300 },
    );
  });
});

describe('rawAttribute', () => {
  /** The attribute split by regular expressions, as a reader would write it. */
  function reference(source: string): [string, string, string, number, number] {
    const name = /^[^\s=/>]+/.exec(source)?.[0] ?? source;
    const m = /^\s*=\s*/.exec(source.slice(name.length));
    if (!m) return [name, '', '', name.length, name.length];
    const valueStart = name.length + m[0].length;
    const q = source[valueStart];
    const quote = q === '"' || q === "'" ? q : '';
    const from = valueStart + quote.length;
    const to = quote && source.endsWith(quote) && source.length > from ? source.length - 1 : source.length;
    return [name, quote, source.slice(from, to), from, to];
  }

  it('splits name, quote and value as written, with any white space a regex knows around the =', () => {
    const piece = fc.constantFrom(
      'href',
      'HREF',
      '=',
      '"',
      "'",
      ' ',
      '\t',
      '\n',
      '\f',
      '\u00a0',
      '\u3000',
      '/',
      '>',
      'x',
      '',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(20), (pieces, offset) => {
        const source = pieces.join('');
        const html = 'x'.repeat(offset) + source + '>';
        const raw = rawAttribute(html, offset, offset + source.length);
        expect([
          raw.name,
          raw.quote,
          raw.rawValue,
          raw.valueRange.start - offset,
          raw.valueRange.end - offset,
        ]).toEqual(reference(source));
        expect(raw.source).toBe(source);
      }),
      { numRuns: 2000 },
    );
  });
});
