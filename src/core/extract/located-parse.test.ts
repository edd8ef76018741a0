/**
 * locatedParse must give the tree of a plain parse5 parse and, on the elements
 * it locates and on comments, the very locations parse5 gives with
 * `sourceCodeLocationInfo: true`. It is checked here against parse5 itself, on
 * markup chosen to make the tree builder work hard (unclosed and nested links,
 * adoption agency, foster parenting, templates, foreign content, end of file)
 * and on random tag soup.
 */

import fc from 'fast-check';
import { parse, parseFragment, type DefaultTreeAdapterTypes as T } from 'parse5';
import { describe, expect, it } from 'vitest';
import { locatedParse, locatedParseFragment, type LocatedTree } from './located-parse';
import { tagSoup } from './tag-soup.test-helpers';

const LOCATE = (tag: string): boolean => tag === 'a' || tag === 'img' || tag === 'area' || tag.includes(':');

interface Seen {
  /** The tree's shape: names, attributes, text and comment data, in tree order. */
  shape: string[];
  /** Locations of the nodes that locatedParse locates, in tree order. */
  locations: unknown[];
}

/** Walks a tree (template content included) and reads its shape and the locations locatedParse promises. */
function read(root: T.ParentNode): Seen {
  const seen: Seen = { shape: [], locations: [] };
  const visit = (node: T.Node, depth: number): void => {
    const pad = ' '.repeat(depth);
    if (node.nodeName === '#text') {
      seen.shape.push(`${pad}"${(node as T.TextNode).value}"`);
      return;
    }
    if (node.nodeName === '#comment') {
      seen.shape.push(`${pad}<!--${(node as T.CommentNode).data}-->`);
      seen.locations.push(plain(node.sourceCodeLocation));
      return;
    }
    if (node.nodeName === '#documentType') return;
    if ('tagName' in node) {
      const el = node as T.Element;
      seen.shape.push(
        `${pad}<${el.namespaceURI} ${el.tagName} ${el.attrs.map((a) => `${a.name}=${a.value}`).join(' ')}>`,
      );
      if (LOCATE(el.tagName)) seen.locations.push([el.tagName, plain(el.sourceCodeLocation)]);
      for (const child of contentOf(el).childNodes) visit(child, depth + 1);
      return;
    }
    for (const child of (node as T.ParentNode).childNodes) visit(child, depth + 1);
  };
  visit(root, 0);
  return seen;
}

/** An element's children, or an HTML `<template>`'s content (an SVG `<template>` has none). */
function contentOf(el: T.Element): T.ParentNode {
  return (el as Partial<T.Template>).content ?? el;
}

/** A location as plain data (parse5 leaves some keys undefined rather than absent). */
function plain(location: unknown): unknown {
  return location === undefined || location === null ? null : JSON.parse(JSON.stringify(location));
}

function errorsOf(
  run: (
    onParseError: (e: { code: string; startOffset: number; startLine: number; startCol: number }) => void,
  ) => unknown,
): string[] {
  const errors: string[] = [];
  run((e) => errors.push(`${e.code}@${e.startOffset} (${e.startLine}:${e.startCol})`));
  return errors;
}

function expectSameAsParse5(html: string): void {
  const reference = parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false });
  const located = locatedParse(html, { locate: LOCATE, scriptingEnabled: false });
  expect(read(located.root)).toEqual(read(reference));
  expect(errorsOf((onParseError) => locatedParse(html, { locate: LOCATE, onParseError }))).toEqual(
    errorsOf((onParseError) => parse(html, { onParseError })),
  );
  expectListsMatchTree(located);

  const referenceFragment = parseFragment(html, { sourceCodeLocationInfo: true, scriptingEnabled: false });
  const fragment = locatedParseFragment(html, { locate: LOCATE, scriptingEnabled: false });
  expect(read(fragment.root)).toEqual(read(referenceFragment));
}

/** The locations of a reading of parse5's tree, with only the attributes `keep` names among the attributes' locations. */
function withAttributeLocations(seen: Seen, keep: (name: string) => boolean): Seen {
  const filter = (location: Record<string, unknown>): void => {
    const attrs = location['attrs'] as Record<string, unknown> | undefined;
    if (attrs === undefined) return;
    const kept = Object.entries(attrs).filter(([name]) => keep(name));
    if (kept.length === 0) delete location['attrs'];
    else location['attrs'] = Object.fromEntries(kept);
  };
  for (const entry of seen.locations) {
    if (!Array.isArray(entry) || entry[1] === null) continue;
    const location = entry[1] as Record<string, unknown>;
    filter(location);
    filter(location['startTag'] as Record<string, unknown>);
  }
  return seen;
}

/** With `locateAttribute`, the located elements' attribute locations are parse5's for the attributes it names, and no others. */
function expectHrefLocationsOfParse5(html: string): void {
  const reference = parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false });
  const located = locatedParse(html, {
    locate: LOCATE,
    locateAttribute: (_tag, name) => name === 'href',
    scriptingEnabled: false,
  });
  expect(read(located.root)).toEqual(withAttributeLocations(read(reference), (name) => name === 'href'));
}

/**
 * `elements` and `comments` hold every located element and every comment of
 * the tree, each once (and those a `<frameset>` later cut out of the tree).
 */
function expectListsMatchTree(tree: LocatedTree<T.ParentNode>): void {
  const inTree = new Set<T.Node>();
  const visit = (node: T.ParentNode): void => {
    for (const child of node.childNodes) {
      inTree.add(child);
      if ('tagName' in child) visit(contentOf(child));
    }
  };
  visit(tree.root);
  expect(new Set(tree.elements).size).toBe(tree.elements.length);
  for (const el of tree.elements) expect(LOCATE(el.tagName)).toBe(true);
  expect(new Set(tree.comments).size).toBe(tree.comments.length);
  for (const comment of [...inTree].filter((n) => n.nodeName === '#comment'))
    expect(tree.comments).toContain(comment);
  const located = [...inTree].filter((n) => 'tagName' in n && LOCATE(n.tagName) && n.sourceCodeLocation);
  for (const el of located) expect(tree.elements).toContain(el);
}

const CASES: Record<string, string> = {
  'plain links and images': '<p><a href="https://x.com/">x <img src="a.png" alt="A"></a></p>',
  'a left open': '<div><a href="/1">one<div>two</div>',
  'nested a': '<a href="/1">one <a href="/2">two</a> three</a>',
  'a across a paragraph end (reconstructed copy)': '<p><a href="/1">one</p><p>two</p></a>',
  'adoption agency with a block': '<a href="/1">x<div>y</a>z</div>',
  'formatting elements out of order': '<b><a href="/1"><i>x</b>y</i></a>',
  'a in a table (foster parenting)': '<table><a href="/1">x<tr><td>y</td></tr></a></table>',
  'a around cells': '<table><tr><td><a href="/1">x</td><td>y</a></td></tr></table>',
  'template content': '<template><a href="/t">t</a><img src="t.png"></template><a href="/u">u</a>',
  'select drops links': '<select><a href="/s">s</a><option>o</select>',
  'svg and math': '<svg><a href="/svg"><text>x</text></a></svg><math><a href="/m">m</a></math>',
  'frameset after a link': '<a href="/f">f</a><frameset><frame></frameset>',
  'VML, self-closed and not': '<v:roundrect href="/v">x</v:roundrect><v:oval href="/o"/>after',
  'comments everywhere':
    '<!--a--><html><!--b--><head><!--c--></head><body><!--[if mso]><a href="/m">m</a><![endif]--></body><!--d--></html><!--e-->',
  'end of file inside a link': '<a href="/eof">text',
  'end of file inside a tag': '<a href="/eof" ti',
  'noscript, textarea and title':
    '<noscript><a href="/n">n</a></noscript><textarea><a href="/t">t</a></textarea><title><a>',
  'area and map': '<map name="m"><area href="/area" alt="A"></map>',
  // Attributes are located on located tags only; `<image>` becomes an `<img>` and keeps its attributes' locations.
  'image becomes img, among unlocated tags with attributes':
    '<p class="p" style="x"><image src="i.png" alt="I"><span id="s"><a class="c" href="/a">a</a></span></p>',
  'duplicate attributes': '<a href="/1" href="/2" HREF="/3">x</a>',
  'attributes named like members of Object.prototype':
    '<a constructor="c" __proto__="p" tostring="t" href="/x">x</a><img __proto__="q" src="i.png">',
  'character references and CRLF': '<a\r\n href="/a?x=1&amp;y=2">a&nbsp;b</a>\r\n<a href=/b>b</a>',
  // The tokenizer's character-reference decoder reports errors of its own.
  'character reference errors':
    '<p>Fish &amp chips &#0; &#x110000; &#; &#x;</p><a href="/a?b=1&copy;&c&#0;">x</a>',
};

describe('locatedParse', () => {
  for (const [name, html] of Object.entries(CASES)) {
    it(`gives parse5's tree and locations: ${name}`, () => expectSameAsParse5(html));
  }

  it('locates only the attributes locateAttribute names, where parse5 does', () => {
    for (const html of Object.values(CASES)) expectHrefLocationsOfParse5(html);
    // Some located elements have an href and others do not: those without get no attribute locations.
    const html = '<a style="s" href="/a">a</a><img src="i.png" width="1"><a name="n">n</a>';
    const located = locatedParse(html, {
      locate: LOCATE,
      locateAttribute: (_tag, name) => name === 'href',
      scriptingEnabled: false,
    });
    const [a, img, named] = located.elements.map((el) => el.sourceCodeLocation);
    expect(Object.keys(a?.attrs ?? {})).toEqual(['href']);
    expect(a?.attrs?.['href']).toEqual(
      expect.objectContaining({ startOffset: html.indexOf('href'), endOffset: html.indexOf('>') }),
    );
    expect(img?.attrs).toBeUndefined();
    expect(named?.attrs).toBeUndefined();
  });

  it("gives parse5's tree and locations on random tag soup", () => {
    fc.assert(
      fc.property(
        tagSoup([
          '<v:oval href="/o"/>',
          '<!--[if mso]><a href="/m">m</a><![endif]-->',
          '<!--c-->',
          '<textarea>',
          '</textarea>',
          '\r\n',
          '&amp;',
          '&amp ',
          '&#0;',
          '</br>',
          '<form>',
          '</form>',
        ]),
        expectSameAsParse5,
      ),
      { numRuns: 300 },
    );
  });
});
