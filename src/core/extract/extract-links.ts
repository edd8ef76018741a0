import type { DefaultTreeAdapterTypes as T, ParserError } from 'parse5';
import { memoByString } from '../cache/string-memo';
import type { Link, ParseErrorInfo, RawLinkAttribute, Range } from '../types';
import { classifyHref } from './classify-href';
import { LineIndex } from './line-index';
import { locatedParse, locatedParseFragment, type LocatedTree } from './located-parse';
import { findMergeTags } from './merge-tags';

export interface Extraction {
  links: Link[];
  parseErrors: ParseErrorInfo[];
  lines: LineIndex;
  /** Image elements (for open-pixel detection): src, width, height, position. */
  images: ImageInfo[];
}

export interface ImageInfo {
  src: string | null;
  attributes: Record<string, string>;
  offset: number;
  outlookOnly: boolean;
  /** Whether the image sits inside a link. */
  inLink: boolean;
}

/** `[if mso]>`, `[if gte mso 9]>`, `[if IE]>`, `[if (gte mso 9)|(IE)]>`: the body is HTML only some clients see. */
const CONDITIONAL = /^\[if\s+([^\]]+)\]>/i;

/** VML and Office elements are namespaced names; those with an href are links (`v:roundrect`, `v:rect`, …). */
const isVml = (tag: string): boolean => tag.includes(':') && /^[a-z]+:[a-z]/.test(tag);

/** The elements whose source positions the extraction reads (links, VML shapes, images). */
export const LOCATED = (tag: string): boolean => tag === 'a' || tag === 'area' || tag === 'img' || isVml(tag);

/** Whether the start tag ending at `end` was written `<x … />`. */
function selfClosing(html: string, end: number): boolean {
  return html.charCodeAt(end - 2) === 47; /* / */
}

/** `#`: node names that start with it are not elements (`#text`, `#comment`, `#document`). */
const HASH = 35;

/** `<a>`, `<area>`, or a VML shape with an href. */
function isLinkTag(el: T.Element): boolean {
  const tag = el.tagName;
  return tag === 'a' || tag === 'area' || (isVml(tag) && el.attrs.some((a) => a.name === 'href'));
}

/** A link whose content is its children (a self-closed VML shape `<v:oval … />` swallows what follows, so it is not one). */
function wrapsContent(el: T.Element, html: string, base: number): boolean {
  if (!isLinkTag(el)) return false;
  const loc = el.sourceCodeLocation;
  return !(loc && isVml(el.tagName) && selfClosing(html, base + (loc.startTag ?? loc).endOffset));
}

const DETACHED = 0;
const IN_LINK = 1;
const OUTSIDE_LINKS = 2;

/**
 * Where a node sits: inside a link, outside any, or not in the tree at all (a
 * `<frameset>` after body content detaches the body). Template content counts
 * as inside its `<template>`.
 */
function placeOf(node: T.ChildNode, tree: LocatedTree<T.ParentNode>, html: string, base: number): number {
  let inLink = false;
  let parent: T.ParentNode | null = node.parentNode;
  while (parent !== null) {
    if (parent === tree.root) return inLink ? IN_LINK : OUTSIDE_LINKS;
    if (parent.nodeName.charCodeAt(0) !== HASH) {
      if (!inLink && wrapsContent(parent as T.Element, html, base)) inLink = true;
      parent = (parent as T.Element).parentNode;
    } else {
      const template = tree.templateOf.get(parent as T.DocumentFragment);
      if (template === undefined) return DETACHED;
      if (!inLink && wrapsContent(template, html, base)) inLink = true;
      parent = template.parentNode;
    }
  }
  return DETACHED;
}

interface Frame {
  base: number;
  condition: string | null;
}

/**
 * Every link of the HTML in source order, with exact positions. Links inside
 * conditional comments are found by parsing the comment body as HTML and
 * mapping its offsets back into the input.
 */
export function extractLinks(html: string): Extraction {
  const lines = new LineIndex(html);
  const parseErrors: ParseErrorInfo[] = [];
  const onParseError = (e: ParserError): void => {
    parseErrors.push({ code: e.code, line: e.startLine, column: e.startCol, offset: e.startOffset });
  };
  // Email clients run no scripts, so they show what <noscript> holds: parse it as markup.
  const doc = locatedParse(html, { locate: LOCATED, scriptingEnabled: false, onParseError });
  const found: Link[] = [];
  const images: ImageInfo[] = [];
  /**
   * Start tags already taken as links. The tree builder re-opens an `<a>` left
   * open (it "reconstructs active formatting elements") as a copy with the
   * same source location: one start tag is one link.
   */
  const seenStartTags = new Set<number>();
  /** `<a>` elements without an end tag, for `a-not-closed` / `nested-a`. */
  const unclosed: Array<{ start: number; end: number; outlookOnly: boolean }> = [];
  const anchorStarts = new Set<number>();

  /**
   * The located elements and comments of one parse (the document, or the body
   * of a conditional comment at `frame.base`), in the order parse5 made them;
   * a copy comes after the element it copies. No walk over the whole tree:
   * only the links', images' and comments' ancestors are looked at.
   */
  const collect = (tree: LocatedTree<T.ParentNode>, frame: Frame, inLink: boolean): void => {
    for (const el of tree.elements) {
      const place = placeOf(el, tree, html, frame.base);
      if (place === DETACHED) continue;
      const tag = el.tagName;
      const loc = el.sourceCodeLocation;
      if (!loc) continue;
      if (tag === 'img') {
        images.push({
          src: el.attrs.find((a) => a.name === 'src')?.value ?? null,
          attributes: attributesOf(el),
          offset: frame.base + loc.startOffset,
          outlookOnly: frame.condition !== null,
          inLink: inLink || place === IN_LINK,
        });
        continue;
      }
      if (!isLinkTag(el)) continue;
      const tagStart = frame.base + (loc.startTag ?? loc).startOffset;
      if (seenStartTags.has(tagStart)) continue;
      seenStartTags.add(tagStart);
      const link = buildLink(html, lines, el, frame);
      if (link) found.push(link);
      if (tag === 'a') {
        anchorStarts.add(tagStart);
        const outlookOnly = frame.condition !== null;
        if (!loc.endTag) unclosed.push({ start: tagStart, end: frame.base + loc.endOffset, outlookOnly });
      }
    }
    if (frame.condition !== null) return;
    for (const comment of tree.comments) {
      const place = placeOf(comment, tree, html, frame.base);
      if (place !== DETACHED) visitComment(comment, frame, inLink || place === IN_LINK);
    }
  };

  const visitComment = (comment: T.CommentNode, frame: Frame, inLink: boolean): void => {
    const loc = comment.sourceCodeLocation;
    if (!loc) return;
    const m = CONDITIONAL.exec(comment.data);
    if (!m) return;
    const condition = (m[1] ?? '').trim();
    // An Outlook-hiding `[if !mso]` comment holds nothing Outlook-only.
    if (/^!\s*mso/i.test(condition)) return;
    const start = frame.base + loc.startOffset + 4 + m[0].length;
    const commentEnd = frame.base + loc.endOffset;
    // The body runs to `<![endif]`, or to `-->` when the comment lacks it (or to the end of an unclosed one).
    const whole = html.slice(start, commentEnd);
    const endifAt = whole.toLowerCase().lastIndexOf('<![endif]');
    const body = endifAt >= 0 ? whole.slice(0, endifAt) : whole.endsWith('-->') ? whole.slice(0, -3) : whole;
    // Most conditional comments are ghost-table scaffolding (`<table><tr><td>`): parse only those that can hold a link or an image.
    if (!/href|<a[\s/>]|<area|<img/i.test(body)) return;
    const fragment = locatedParseFragment(body, {
      locate: LOCATED,
      scriptingEnabled: false,
      onParseError: (e) => parseErrors.push({ code: e.code, ...lines.position(start + e.startOffset) }),
    });
    collect(fragment, { base: start, condition }, inLink);
  };

  collect(doc, { base: 0, condition: null }, false);
  images.sort((a, b) => a.offset - b.offset);

  // An `<a>` closed by the start tag of the next `<a>` was nested in it; any other without an end tag was left
  // open, except inside a conditional comment, where opening it in one and closing it in the next is the pattern.
  for (const a of unclosed) {
    const nested = anchorStarts.has(a.end);
    if (!nested && a.outlookOnly) continue;
    parseErrors.push({ code: nested ? 'nested-a' : 'a-not-closed', ...lines.position(a.start) });
  }

  found.sort((a, b) => a.startTag.start - b.startTag.start);
  found.forEach((link, i) => {
    link.id = `L${i + 1}`;
  });
  parseErrors.sort((a, b) => a.offset - b.offset);
  return { links: found, parseErrors, lines, images };
}

/** An element's attributes by name. */
function attributesOf(el: T.Element): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const a of el.attrs) attributes[a.name] = a.value;
  return attributes;
}

/** A link record; its `id` is given once all links are in document order. */
function buildLink(html: string, lines: LineIndex, el: T.Element, frame: Frame): Link | null {
  const loc = el.sourceCodeLocation;
  if (!loc) return null;
  const base = frame.base;
  const startTagLoc = loc.startTag ?? loc;
  const startTag: Range = { start: base + startTagLoc.startOffset, end: base + startTagLoc.endOffset };
  const elementRange: Range = { start: base + loc.startOffset, end: base + loc.endOffset };
  const attributes = attributesOf(el);
  const hrefAttr = el.attrs.find((a) => a.name === 'href');
  const href = hrefAttr ? hrefAttr.value : null;
  const attrLoc = loc.attrs?.['href'];
  const raw =
    hrefAttr && attrLoc ? rawAttribute(html, base + attrLoc.startOffset, base + attrLoc.endOffset) : null;
  const at = lines.position(raw ? raw.valueRange.start : startTag.start);
  const { mergeTags, kind, url } = href === null ? NO_HREF : classifyOf(href);

  const { text, alts, hasImage } = wrapsContent(el, html, base)
    ? collectText(el)
    : { text: '', alts: [], hasImage: false };
  const label = attributes['aria-label'] ?? attributes['title'] ?? null;
  return {
    id: '',
    href,
    url,
    kind,
    element: el.tagName,
    outlookOnly: frame.condition !== null,
    tracked: null,
    text,
    imageAlt: alts.length > 0 ? alts.join(' ') : null,
    ariaLabel: label !== null && label.trim() !== '' ? label.trim() : null,
    line: at.line,
    column: at.column,
    offset: at.offset,
    attributes,
    raw,
    startTag,
    elementRange,
    condition: frame.condition,
    mergeTags: mergeTags.map((tag) => ({ ...tag })),
    destination: null,
    hasImage,
  };
}

const NO_HREF = { mergeTags: [], ...classifyHref(null, []) };

/** An href's merge tags and kind, once per distinct href (an email repeats its links). */
const classifyOf = memoByString((href: string) => {
  const mergeTags = findMergeTags(href);
  return { mergeTags, ...classifyHref(href, mergeTags) };
});

/** Splits `href = "value"` as written into its parts. */
export function rawAttribute(html: string, start: number, end: number): RawLinkAttribute {
  const source = html.slice(start, end);
  const nameMatch = /^[^\s=/>]+/.exec(source);
  const name = nameMatch ? nameMatch[0] : source;
  let i = name.length;
  while (i < source.length && /\s/.test(source[i] ?? '')) i++;
  if (source[i] !== '=') {
    // `href` with no value
    return {
      name,
      source,
      range: { start, end },
      valueRange: { start: start + name.length, end: start + name.length },
      rawValue: '',
      quote: '',
    };
  }
  i++;
  while (i < source.length && /\s/.test(source[i] ?? '')) i++;
  const q = source[i];
  const quote = q === '"' || q === "'" ? q : '';
  const valueStart = quote ? i + 1 : i;
  let valueEnd = source.length;
  if (quote && source.endsWith(quote) && source.length > valueStart) valueEnd = source.length - 1;
  return {
    name,
    source,
    range: { start, end },
    valueRange: { start: start + valueStart, end: start + valueEnd },
    rawValue: source.slice(valueStart, valueEnd),
    quote,
  };
}

function collectText(el: T.Element): { text: string; alts: string[]; hasImage: boolean } {
  const into: TextParts = { parts: [], alts: [], hasImage: false };
  for (const c of el.childNodes) walkText(c, into);
  return { text: into.parts.join('').replace(/\s+/g, ' ').trim(), alts: into.alts, hasImage: into.hasImage };
}

interface TextParts {
  parts: string[];
  alts: string[];
  hasImage: boolean;
}

/** collectText's walk: a plain function, not a closure made anew for every link. */
function walkText(node: T.Node, into: TextParts): void {
  if (node.nodeName === '#text') {
    into.parts.push((node as T.TextNode).value);
    return;
  }
  if (node.nodeName.charCodeAt(0) === HASH) return;
  const child = node as T.Element;
  if (child.tagName === 'style' || child.tagName === 'script') return;
  if (child.tagName === 'img') {
    into.hasImage = true;
    const alt = child.attrs.find((a) => a.name === 'alt')?.value.trim();
    if (alt) into.alts.push(alt);
  }
  if (child.tagName === 'br') into.parts.push(' ');
  for (const c of child.childNodes) walkText(c, into);
}
