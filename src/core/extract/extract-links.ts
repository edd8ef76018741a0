import type { DefaultTreeAdapterTypes as T, ParserError } from 'parse5';
import { memoByString } from '../cache/string-memo';
import type { Link, ParseErrorInfo, RawLinkAttribute, Range } from '../types';
import { classifyHref } from './classify-href';
import { LineIndex } from './line-index';
import { locatedParse, locatedParseFragment, type LocatedTree } from './located-parse';
import { classesInMediaRules, hidesItself, isElement, isInvisibleImage } from './hidden';
import { findMergeTags } from '../url/merge-tags';

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

/** The usual end of a conditional comment (no later `<![endif]` can follow it: `-->` holds no `<`). */
const ENDIF_CLOSE = '<![endif]-->';

/** `[if mso]>`, `[if gte mso 9]>`, `[if IE]>`, `[if (gte mso 9)|(IE)]>`: the body is HTML only some clients see. */
const CONDITIONAL = /^\[if\s+([^\]]+)\]>/i;

/** VML and Office elements are namespaced names; those with an href are links (`v:roundrect`, `v:rect`, …). */
const isVml = (tag: string): boolean => tag.includes(':') && /^[a-z]+:[a-z]/.test(tag);

/** The elements whose source positions the extraction reads (links, VML shapes, images). */
export const LOCATED = (tag: string): boolean => tag === 'a' || tag === 'area' || tag === 'img' || isVml(tag);

/** The one attribute whose position the extraction reads: a link's href (`rawAttribute`). */
const LOCATED_ATTRIBUTE = (_tag: string, name: string): boolean => name === 'href';

/** Whether the start tag ending at `end` was written `<x … />`. */
function selfClosing(html: string, end: number): boolean {
  return html.charCodeAt(end - 2) === 47; /* / */
}

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
/** The bits of a `Places` answer that hold the place. */
const PLACE = 3;
/** The bit of a `Places` answer set when the parent is hidden (it or an element above it hides itself). */
const PARENT_HIDDEN = 4;

/**
 * Where the nodes of one tree sit: inside a link, outside any, or not in the
 * tree at all (a `<frameset>` after body content detaches the body). Template
 * content counts as inside its `<template>`. With the place comes whether the
 * node's parent is hidden (`hidesItself`, the parent or an element above it;
 * the chain of elements ends at template content, which hides nothing): one
 * walk and one map for both (measured: a walk and a map of their own for the
 * hidden elements made a 1 MB email's extraction 3 to 4 ms slower). The answer
 * for a parent is kept, so every ancestor chain is walked once per tree
 * however deep it is (160,000 nested `<div>`s each holding an image cost one
 * walk, not one per image), and the walk is a loop, never a recursion over
 * the depth.
 */
class Places {
  /** A parent's place of its children, with PARENT_HIDDEN set when the parent itself is hidden. */
  private readonly known = new Map<T.ParentNode, number>();
  /** The ancestors of one walk up whose place is not known yet: one list for every call, emptied at its start. */
  private readonly pending: T.ParentNode[] = [];
  constructor(
    private readonly tree: LocatedTree<T.ParentNode>,
    private readonly html: string,
    private readonly base: number,
    private readonly shownByMedia: ReadonlySet<string>,
  ) {}

  /** The node's place (the bits PLACE), with PARENT_HIDDEN set when its parent is hidden. */
  of(node: T.ChildNode): number {
    const parent = node.parentNode;
    return parent === null ? DETACHED : this.ofChildrenOf(parent);
  }

  /** The place of any child of `parent`, and whether `parent` is hidden. */
  private ofChildrenOf(parent: T.ParentNode): number {
    const pending = this.pending;
    pending.length = 0;
    let current: T.ParentNode | null | undefined = parent;
    // The answer of the node above the highest unknown ancestor: detached and shown unless known.
    let answer = DETACHED;
    for (;;) {
      if (current === null || current === undefined) break;
      const known = this.known.get(current);
      if (known !== undefined) {
        answer = known;
        break;
      }
      if (current === this.tree.root) {
        answer = OUTSIDE_LINKS;
        this.known.set(current, answer);
        break;
      }
      pending.push(current);
      current = this.up(current);
    }
    // From the highest unknown ancestor down: a link that wraps content makes everything under it IN_LINK,
    // and an element that hides itself hides everything under it. The node above an element in this chain is
    // its parent; template content (not an element) is not hidden.
    let place = answer & PLACE;
    let hidden = (answer & PARENT_HIDDEN) !== 0;
    for (let i = pending.length - 1; i >= 0; i--) {
      const node = pending[i] as T.ParentNode;
      if (isElement(node)) {
        if (place === OUTSIDE_LINKS && wrapsContent(node, this.html, this.base)) place = IN_LINK;
        hidden = hidden || hidesItself(node, this.shownByMedia);
      } else {
        const template = this.tree.templateOf.get(node as T.DocumentFragment);
        if (
          place === OUTSIDE_LINKS &&
          template !== undefined &&
          wrapsContent(template, this.html, this.base)
        ) {
          place = IN_LINK;
        }
        hidden = false;
      }
      answer = hidden ? place | PARENT_HIDDEN : place;
      this.known.set(node, answer);
    }
    return answer;
  }

  /** The element a parent node stands for: itself, or the `<template>` whose content it is. */
  private elementOf(node: T.ParentNode): T.Element | null {
    if (isElement(node)) return node;
    return this.tree.templateOf.get(node as T.DocumentFragment) ?? null;
  }

  /** The next ancestor to look at; undefined when the chain leaves the tree (detached). */
  private up(node: T.ParentNode): T.ParentNode | null | undefined {
    const element = this.elementOf(node);
    if (element === null) return undefined;
    return element.parentNode;
  }
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
  const doc = locatedParse(html, {
    locate: LOCATED,
    locateAttribute: LOCATED_ATTRIBUTE,
    scriptingEnabled: false,
    onParseError,
  });
  const found: Link[] = [];
  const images: ImageInfo[] = [];
  /**
   * Start tags already taken as links. The tree builder re-opens an `<a>` left
   * open (it "reconstructs active formatting elements") as a copy with the
   * same source location: one start tag is one link.
   */
  const seenStartTags = new Set<number>();
  const shownByMedia = classesInMediaRules(html);
  /** `<a>` elements without an end tag, for `a-not-closed` / `nested-a`. */
  const unclosed: Array<{ start: number; end: number; outlookOnly: boolean }> = [];
  const anchorStarts = new Set<number>();

  /**
   * The located elements and comments of one parse (the document, or the body
   * of a conditional comment at `frame.base`), in the order parse5 made them;
   * a copy comes after the element it copies. No walk over the whole tree:
   * only the links', images' and comments' ancestors are looked at.
   */
  const collect = (
    tree: LocatedTree<T.ParentNode>,
    frame: Frame,
    inLink: boolean,
    inHidden: boolean,
  ): void => {
    const places = new Places(tree, html, frame.base, shownByMedia);
    const texts = new LinkTexts(tree.root);
    for (const el of tree.elements) {
      const answer = places.of(el);
      const place = answer & PLACE;
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
      const hidden = inHidden || (answer & PARENT_HIDDEN) !== 0 || hidesItself(el, shownByMedia);
      const link = buildLink(html, lines, el, frame, texts, hidden);
      if (link) found.push(link);
      if (tag === 'a') {
        anchorStarts.add(tagStart);
        const outlookOnly = frame.condition !== null;
        if (!loc.endTag) unclosed.push({ start: tagStart, end: frame.base + loc.endOffset, outlookOnly });
      }
    }
    if (frame.condition !== null) return;
    for (const comment of tree.comments) {
      const answer = places.of(comment);
      const place = answer & PLACE;
      if (place === DETACHED) continue;
      // Its parent hidden (an element that hides itself or sits in one; not the root or template content).
      const commentHidden = inHidden || (answer & PARENT_HIDDEN) !== 0;
      visitComment(comment, frame, inLink || place === IN_LINK, commentHidden);
    }
  };

  const visitComment = (comment: T.CommentNode, frame: Frame, inLink: boolean, inHidden: boolean): void => {
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
    // Most end `<![endif]-->` as written: found without a lower-case copy of the comment.
    const endifAt = whole.endsWith(ENDIF_CLOSE)
      ? whole.length - ENDIF_CLOSE.length
      : whole.toLowerCase().lastIndexOf('<![endif]');
    const body = endifAt >= 0 ? whole.slice(0, endifAt) : whole.endsWith('-->') ? whole.slice(0, -3) : whole;
    // Most conditional comments are ghost-table scaffolding (`<table><tr><td>`): parse only those that can hold a link or an image.
    if (!/href|<a[\s/>]|<area|<img/i.test(body)) return;
    const fragment = locatedParseFragment(body, {
      locate: LOCATED,
      locateAttribute: LOCATED_ATTRIBUTE,
      scriptingEnabled: false,
      onParseError: (e) => parseErrors.push({ code: e.code, ...lines.position(start + e.startOffset) }),
    });
    collect(fragment, { base: start, condition }, inLink, inHidden);
  };

  collect(doc, { base: 0, condition: null }, false, false);
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

/** Whether an inline style paints a box readers can see and click with nothing in it (an empty button). */
function drawsBox(style: string): boolean {
  return /(?:^|;)\s*(?:background(?:-color|-image)?|border(?:-(?:top|right|bottom|left))?)\s*:\s*(?!\s*(?:0(?:px)?|none|transparent|initial|inherit)\s*(?:!important\s*)?(?:;|$))/i.test(
    style,
  );
}

/** A link record; its `id` is given once all links are in document order. */
function buildLink(
  html: string,
  lines: LineIndex,
  el: T.Element,
  frame: Frame,
  texts: LinkTexts,
  /** Whether the element is hidden (it or an element above it hides itself, or the comment it is in is hidden). */
  inHidden: boolean,
): Link | null {
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

  const { text, imageAlt, hasImage } = wrapsContent(el, html, base) ? texts.of(el) : NO_CONTENT;
  const label = attributes['aria-label'] ?? attributes['title'] ?? null;
  // A VML shape is drawn whatever it holds, and an image-map area has no content of its own.
  const contentless = el.tagName === 'a' && text === '' && !hasImage && !drawsBox(attributes['style'] ?? '');
  const hidden = contentless || inHidden;
  return {
    id: '',
    href,
    url,
    kind,
    element: el.tagName,
    outlookOnly: frame.condition !== null,
    tracked: null,
    text,
    imageAlt,
    ariaLabel: label !== null && label.trim() !== '' ? label.trim() : null,
    line: at.line,
    column: at.column,
    offset: at.offset,
    attributes,
    raw,
    startTag,
    elementRange,
    condition: frame.condition,
    mergeTags: mergeTags.length === 0 ? [] : mergeTags.map((tag) => ({ ...tag })),
    destination: null,
    hasImage,
    hidden,
  };
}

const NO_HREF = { mergeTags: [], ...classifyHref(null, []) };

/** The content of a link that wraps none (an `<area>`, a self-closed VML shape). */
const NO_CONTENT: LinkContent = { text: '', imageAlt: null, hasImage: false };

/** An href's merge tags and kind, once per distinct href (an email repeats its links). */
const classifyOf = memoByString((href: string) => {
  const mergeTags = findMergeTags(href);
  const { kind, url } = classifyHref(href, mergeTags);
  return { mergeTags, kind, url };
});

/** Splits `href = "value"` as written into its parts. */
export function rawAttribute(html: string, start: number, end: number): RawLinkAttribute {
  const source = html.slice(start, end);
  // Scanned by character code, not by regex and one-character strings: it runs for every link (measured: a
  // fifth of buildLink's allocation at 1 MB). The name is `/^[^\s=/>]+/`, the whole source when that is empty.
  let nameEnd = 0;
  while (nameEnd < source.length && !endsName(source.charCodeAt(nameEnd))) nameEnd++;
  const name = nameEnd > 0 ? source.slice(0, nameEnd) : source;
  let i = name.length;
  while (i < source.length && isSpace(source.charCodeAt(i))) i++;
  if (source.charCodeAt(i) !== EQUALS) {
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
  while (i < source.length && isSpace(source.charCodeAt(i))) i++;
  const q = source.charCodeAt(i);
  const quote = q === DOUBLE_QUOTE ? '"' : q === SINGLE_QUOTE ? "'" : '';
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

const EQUALS = 61;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;

/** Whether a character is white space as a regex's `\s` has it (ASCII tested directly, the rest by the regex). */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(String.fromCharCode(code));
}

/** A character that ends an attribute name as written: white space, `=`, `/` or `>`. */
function endsName(code: number): boolean {
  return code === EQUALS || code === 47 /* / */ || code === 62 /* > */ || isSpace(code);
}

/** Characters of a link's text kept (white space collapsed): enough for every rule, and a bound on the report's size. */
export const LINK_TEXT_CAP = 2000;
/** Image alt texts kept per link. */
export const LINK_ALTS_CAP = 20;

/** A link's text, its images' alt texts joined (null without any), and whether it holds a visible image. */
interface LinkContent {
  text: string;
  imageAlt: string | null;
  hasImage: boolean;
}

interface Span {
  parts: number;
  partsEnd: number;
  alts: number;
  altsEnd: number;
  images: number;
  imagesEnd: number;
}

/**
 * The text, alt texts and images inside links, from one walk of each
 * outermost link's content: the text parts go into one list in document
 * order, and every link met on the way keeps the span of that list its
 * content covers. A link nested in another (VML shapes nest) reads its span
 * instead of walking its content again, so the work is linear in the
 * document however deep links nest, and each text is capped
 * (`LINK_TEXT_CAP`). The walk is a loop with its own stack, never a recursion
 * over the document's depth. Should a link come before the link around it
 * (parse5 inserts parents first, so it should not), the whole tree is walked
 * once instead.
 */
class LinkTexts {
  private readonly parts: string[] = [];
  private readonly alts: string[] = [];
  private images = 0;
  private readonly spans = new Map<T.Element, Span>();
  /** The walk's stack: one list for every walk, emptied at its start. */
  private readonly stack: Array<T.Node | Exit> = [];
  private wholeTreeWalked = false;

  constructor(private readonly root: T.ParentNode) {}

  of(el: T.Element): LinkContent {
    let span = this.spans.get(el);
    if (span === undefined) {
      if (!this.walk(el, false)) this.walkWholeTree();
      span = this.spans.get(el);
      if (span === undefined) {
        // Not reachable from the root (detached): its own walk.
        this.walk(el, true);
        span = this.spans.get(el) as Span;
      }
    }
    let raw = '';
    for (let i = span.parts; i < span.partsEnd && raw.length < LINK_TEXT_CAP; i++) raw += this.parts[i];
    const text = collapseSpace(raw).trim().slice(0, LINK_TEXT_CAP);
    // The alt texts are copied out and joined only for a link that has any (most have none).
    const imageAlt =
      span.altsEnd > span.alts
        ? this.alts.slice(span.alts, Math.min(span.altsEnd, span.alts + LINK_ALTS_CAP)).join(' ')
        : null;
    return { text, imageAlt, hasImage: span.imagesEnd > span.images };
  }

  private walkWholeTree(): void {
    if (this.wholeTreeWalked) return;
    this.wholeTreeWalked = true;
    this.spans.clear();
    this.walk(this.root, true);
  }

  /**
   * Walks `from`'s content, keeping a span for `from` (when an element) and
   * every link inside. False, without finishing, when a link inside already
   * has a span and `force` is off (a nested link came first).
   */
  private walk(from: T.ParentNode, force: boolean): boolean {
    const stack = this.stack;
    stack.length = 0;
    if (isElement(from)) this.enter(stack, from);
    pushChildren(stack, from, force);
    while (stack.length > 0) {
      const item = stack.pop() as T.Node | Exit;
      if ('exit' in item) {
        this.spans.set(item.exit, {
          parts: item.parts,
          partsEnd: this.parts.length,
          alts: item.alts,
          altsEnd: this.alts.length,
          images: item.images,
          imagesEnd: this.images,
        });
        continue;
      }
      const name = item.nodeName;
      if (name === '#text') {
        this.parts.push(collapseSpace((item as T.TextNode).value));
        continue;
      }
      if (name === '#document-fragment') {
        pushChildren(stack, item as T.DocumentFragment, force);
        continue;
      }
      if (!isElement(item)) continue;
      const child = item;
      const tag = child.tagName;
      if (tag === 'style' || tag === 'script') continue;
      if (tag === 'img') {
        if (!isInvisibleImage(child)) this.images++;
        const alt = child.attrs.find((a) => a.name === 'alt')?.value.trim();
        if (alt) this.alts.push(alt);
      }
      if (tag === 'br') this.parts.push(' ');
      if (isLinkTag(child)) {
        if (!force && this.spans.has(child)) return false;
        this.enter(stack, child);
      }
      pushChildren(stack, child, force);
    }
    return true;
  }

  /** Opens `el`'s span: where its text, alt texts and images start; closed when its exit item comes off the stack. */
  private enter(stack: Array<T.Node | Exit>, el: T.Element): void {
    stack.push({ exit: el, parts: this.parts.length, alts: this.alts.length, images: this.images });
  }
}

/**
 * Runs of white space as one space (`s.replace(/\s+/g, ' ')`), returning a
 * text that has none to collapse as it is: the replace makes a new string for
 * every text with a space in it, and most link texts have single spaces only.
 */
function collapseSpace(s: string): string {
  return MORE_THAN_A_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s;
}

/** White space the replace would change: two spaces in a row, or any white space other than a space. */
const MORE_THAN_A_SPACE = /[^\S ]| {2}/;

/** The end of a link's content in LinkTexts' walk, and where its span began. */
interface Exit {
  exit: T.Element;
  parts: number;
  alts: number;
  images: number;
}

/** Puts a node's children on the walk's stack, first child on top; with `force`, a template's content too. */
function pushChildren(stack: Array<T.Node | Exit>, node: T.ParentNode, force: boolean): void {
  const children = node.childNodes;
  for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as T.Node);
  if (force && node.nodeName === 'template') {
    // Template content: inside its template, for links written in one.
    stack.push((node as T.Template).content);
  }
}
