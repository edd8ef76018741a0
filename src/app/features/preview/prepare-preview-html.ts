import DOMPurify from 'dompurify';
import type { Report } from '../../../core/types';
import type { LinkStatus } from '../../lib/report-index';

/** The preview document's own policy: no script, no plug-in, no remote load unless images are allowed. */
function previewCsp(remoteImages: boolean): string {
  const img = remoteImages ? 'data: cid: https: http:' : 'data: cid:';
  return `default-src 'none'; style-src 'unsafe-inline'; img-src ${img}; font-src data:; form-action 'none'; base-uri 'none'`;
}

/** The mark after a link with no issue of its own to number, by status. */
const BADGE: Record<LinkStatus, string> = { ok: '✓', info: 'i', warning: '!', error: '✕' };

/**
 * A link's marks in the preview: its status, its badge (the number of its first issue when it has
 * one, as the issues list numbers them, or its status's mark) and its pin. Only what differs is
 * written: a link check's result changes a few links' marks, not every link's.
 */
export function setLinkMarks(el: Element, status: LinkStatus, pin: { n: number } | undefined): void {
  const pinned = pin ? String(pin.n) : null;
  const badge = pinned ?? BADGE[status];
  if (el.getAttribute('data-link-status') !== status) el.setAttribute('data-link-status', status);
  if (el.getAttribute('data-eli-badge') !== badge) el.setAttribute('data-eli-badge', badge);
  if (el.getAttribute('data-eli-pin') !== pinned) {
    if (pinned === null) el.removeAttribute('data-eli-pin');
    else el.setAttribute('data-eli-pin', pinned);
  }
}

/** Highlights by status; !important so the email's own styles cannot hide them. */
const HIGHLIGHT_CSS = `
[data-link-id]{cursor:pointer!important;outline:2px solid var(--eli-c)!important;outline-offset:1px!important;border-radius:2px}
[data-link-status=ok]{--eli-c:#15803d}[data-link-status=info]{--eli-c:#1d4ed8}
[data-link-status=warning]{--eli-c:#b45309}[data-link-status=error]{--eli-c:#b91c1c}
[data-link-id]::after{content:attr(data-eli-badge);display:inline-block;font:700 10px/14px system-ui,sans-serif!important;
min-width:14px;text-align:center;background:var(--eli-c);color:#fff!important;border-radius:7px;margin-left:2px;
vertical-align:super;text-decoration:none!important;text-transform:none!important;letter-spacing:0!important}
[data-link-id].eli-selected{outline-width:4px!important;outline-style:double!important;box-shadow:0 0 0 6px rgba(250,204,21,.7)!important}
[data-link-id]:focus-visible{outline:3px dashed #7c3aed!important}
img[data-eli-src],img[data-eli-srcset]{background:#e2e8f0 repeating-linear-gradient(45deg,transparent 0 6px,rgba(255,255,255,.5) 6px 12px)}
`;

/**
 * What a held-back image shows: an empty SVG (no intrinsic size, so the
 * image's own width and height, or the browser's default, make its box). One
 * URL for all of them: decoded once, and no broken-image fallback (an inline
 * box with an icon and the alt text per image) to lay out. The alt text stays
 * on the element, and its title shows it on hover.
 */
const HELD_BACK_IMAGE =
  'data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%2F%3E';

/** Any `url()` but an inline `data:` one. */
const REMOTE_URL = /url\(\s*(['"]?)(?!data:)[^)]*\)/gi;
/** With remote images on: a `url()` that is not absolute http(s) or data (a relative one would hit this app's origin). */
const NOT_ABSOLUTE_URL = /url\(\s*(['"]?)(?!\s*(?:data:|https?:\/\/[^/@\s]+[/)'"\s?#]))[^)]*\)/gi;
/** `image-set()` (also prefixed), whose candidates may be plain strings: `image-set("x.png" 1x)`. */
const IMAGE_SET = /(?:-webkit-)?image-set\((?:[^()]|\([^()]*\))*\)/gi;
/** A string inside `image-set()`; allowed only when it is data:, or absolute http(s) with remote images on. */
const CSS_STRING = /(["'])(.*?)\1/g;
/** SVG paint and effect references: only a fragment of this document (`url(#id)`), never a file. */
const SVG_REF_ATTRS = [
  'fill',
  'stroke',
  'mask',
  'filter',
  'clip-path',
  'marker-start',
  'marker-mid',
  'marker-end',
  'cursor',
];
const SVG_REF_PROPS =
  /\b(fill|stroke|mask|filter|clip-path|marker(?:-start|-mid|-end)?)\s*:[^;}]*url\(\s*['"]?(?!#)[^)]*\)[^;}]*/gi;
const IMAGE_ATTRS = ['src', 'srcset', 'background', 'poster', 'lowsrc', 'dynsrc'] as const;
const NAVIGATION_ATTRS = [
  'href',
  'xlink:href',
  'target',
  'ping',
  'download',
  'action',
  'formaction',
] as const;
const OUR_ATTRS = [
  'data-link-id',
  'data-link-status',
  'data-eli-href',
  'data-eli-badge',
  'data-eli-pin',
  'data-eli-cutoff',
];

const purify = DOMPurify(window);

interface Pass {
  marker: string;
  remoteImages: boolean;
  statusById: Map<string, LinkStatus>;
  pins: ReadonlyMap<string, { n: number }>;
}
let pass: Pass | null = null;

/** CSS escapes (`\69`, `\i`) decoded, so `@im\port` and `u\rl(` are seen for what they are. */
function decodeCssEscapes(css: string): string {
  return css.replace(
    /\\(?:([0-9a-f]{1,6})\s?|([^\n0-9a-f]))/gi,
    (_, hex: string | undefined, char: string | undefined) =>
      hex ? String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff) || 0xfffd) : (char ?? ''),
  );
}

/**
 * CSS as the preview may apply it: escapes decoded (a backslash that decoding
 * left is dropped, so `\\5c 69` cannot turn into an escape the browser decodes
 * again), `@import` never (replaced by a space, so the removal cannot join the
 * text around it into a new `@import`), SVG paint and effect references only
 * to this document, and unless remote images are on no `url()` or
 * `image-set()` other than data:; with them on, none relative (it would
 * request this app's own origin). The preview's CSP is the second wall.
 */
function neutraliseCss(original: string, remoteImages: boolean, sheet: boolean): string {
  let css = original.includes('\\') ? decodeCssEscapes(original).replace(/\\/g, '') : original;
  if (sheet || css.includes('@')) css = css.replace(/@import\b[^;]*(?:;|$)/gi, ' ');
  if (/@import/i.test(css)) css = css.replace(/@import/gi, ' ');
  css = css.replace(SVG_REF_PROPS, '$1:none');
  css = css.replace(IMAGE_SET, (set) => {
    const strings = [...set.matchAll(CSS_STRING)].map((m) => m[2] ?? '');
    const allowed = strings.every(
      (value) =>
        /^\s*data:/i.test(value) || (remoteImages && /^\s*https?:\/\/[^/@\s]+(?:[/?#]|$)/i.test(value)),
    );
    return allowed ? set : 'none';
  });
  css = css.replace(remoteImages ? NOT_ABSOLUTE_URL : REMOTE_URL, 'none');
  return css;
}

// After the element is kept, not `uponSanitizeElement`: with a hook there, DOMPurify copies its
// allowed-tags set for every element (a fifth of the sanitising time of a 100 KB email).
purify.addHook('afterSanitizeElements', (node) => {
  if (!pass || node.nodeName.toLowerCase() !== 'style') return;
  const original = node.textContent ?? '';
  const css = neutraliseCss(original, pass.remoteImages, true);
  if (css !== original) node.textContent = css;
});

purify.addHook('afterSanitizeAttributes', (node) => {
  if (!pass || !(node instanceof Element) || !node.hasAttributes()) return;
  // Nothing of the email may pose as one of our marks.
  for (const name of OUR_ATTRS) node.removeAttribute(name);
  const id = node.getAttribute(pass.marker);
  node.removeAttribute(pass.marker);
  // Every way out of the preview is removed; the original href stays readable in the report.
  for (const name of NAVIGATION_ATTRS) node.removeAttribute(name);
  if (id !== null && pass.statusById.has(id)) {
    node.setAttribute('data-link-id', id);
    // The pin is set here too: setting it after the email is on show had the browser restyle and lay
    // out every pinned link again (240 ms for a 1 MB email).
    setLinkMarks(node, pass.statusById.get(id) ?? 'ok', pass.pins.get(id));
    node.setAttribute('tabindex', '0');
    node.setAttribute('role', 'link');
  }
  // Held back: every remote image unless allowed, and always a relative one (it would hit this app's origin).
  // A `src` other than an image's (audio, video, source, track, input) is media or a frame: never loaded.
  const allowed = pass.remoteImages ? /^\s*(data|cid|https?):/i : /^\s*(data|cid):/i;
  const imageSrc = node.tagName === 'IMG';
  for (const name of IMAGE_ATTRS) {
    const value = node.getAttribute(name);
    if (value === null) continue;
    const held =
      (name === 'src' && !imageSrc) || !allowed.test(value) || /^\s*https?:\/\/[^/]*@/i.test(value);
    if (!held) continue;
    node.setAttribute(`data-eli-${name}`, value);
    node.removeAttribute(name);
  }
  if (
    node.tagName === 'IMG' &&
    !node.hasAttribute('src') &&
    (node.hasAttribute('data-eli-src') || node.hasAttribute('data-eli-srcset'))
  ) {
    node.setAttribute('src', HELD_BACK_IMAGE);
    const alt = node.getAttribute('alt');
    if (alt && !node.hasAttribute('title')) node.setAttribute('title', alt);
  }
  for (const name of SVG_REF_ATTRS) {
    const value = node.getAttribute(name);
    if (value !== null && /url\(\s*['"]?\s*[^#\s'"]/i.test(decodeCssEscapes(value)))
      node.removeAttribute(name);
  }
  const style = node.getAttribute('style');
  if (style) {
    const safe = neutraliseCss(style, pass.remoteImages, false);
    if (safe !== style) node.setAttribute('style', safe);
  }
});

/** Puts `attr="id"` into the start tag of each rendered link of the report, by its source offsets. */
function markLinks(html: string, report: Report, marker: string): string {
  const links = report.links
    .filter((l) => !l.outlookOnly)
    .map((l) => ({ id: l.id, at: l.startTag.start }))
    .sort((a, b) => a.at - b.at);
  const parts: string[] = [];
  let last = 0;
  for (const { id, at } of links) {
    const name = /^<[^\s/>]+/.exec(html.slice(at, at + 64));
    if (!name || at < last) continue;
    const cut = at + name[0].length;
    parts.push(html.slice(last, cut), ` ${marker}="${id}"`);
    last = cut;
  }
  parts.push(html.slice(last));
  return parts.join('');
}

const PURIFY_CONFIG = {
  WHOLE_DOCUMENT: true,
  IN_PLACE: true,
  ADD_TAGS: ['style', 'center', 'font'],
  ADD_ATTR: ['bgcolor', 'background', 'valign', 'align', 'cellpadding', 'cellspacing', 'border', 'nowrap'],
  FORBID_TAGS: ['meta', 'base', 'link', 'form', 'iframe', 'frame', 'frameset', 'object', 'embed', 'script'],
  FORBID_ATTR: ['action', 'formaction', 'srcdoc', 'ping'],
};
// Set once: parsing the configuration on every call would cost more than sanitising a small subtree.
purify.setConfig(PURIFY_CONFIG);

/**
 * Characters of HTML parsed per write into the inert document: a few
 * milliseconds each on a quiet machine; 32 KB writes took 50-80 ms each on a
 * loaded one, over the 50 ms a task may take.
 */
const PARSE_CHUNK = 16 * 1024;
/** The smallest write when the browser's parser slows down. */
const MIN_PARSE_CHUNK = 512;
/**
 * The preview gives up on an email (the analysis does not) when after this
 * much parsing time it has gone slower than SLOWEST_PARSE_RATE characters per
 * millisecond: a megabyte of plain email parses at thousands per millisecond,
 * at hundreds on a loaded machine; 1.6 MB of unclosed `<div>` would take minutes.
 */
const PARSE_BUDGET_MS = 3000;
const SLOWEST_PARSE_RATE = 100;
/** Subtrees up to this many elements are sanitised in one DOMPurify call. */
const CHUNK = 300;
/**
 * Main-thread work in slices of about this long, then the page gets its turn. A frame can hold a
 * slice, a slice of the report's render and the frame's own style and layout: with 30 ms slices, 10
 * of 15 pastes of a 100 KB email had a frame of 51-75 ms; with 16 ms, none over 50 ms (and the
 * paste-to-preview time no longer).
 */
const SLICE_MS = 16;

function elementCountAtMost(node: Element, limit: number): number {
  let n = 0;
  const walker = node.ownerDocument.createTreeWalker(node, NodeFilter.SHOW_ELEMENT);
  while (walker.nextNode()) if (++n > limit) break;
  return n;
}

/**
 * Lets the page run between slices: a task queued behind the others (a
 * message round trip: no 4 ms timer clamp), not `scheduler.yield`, whose
 * continuations go first and would starve the page's own tasks (saving the
 * draft) for as long as a large email takes.
 */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** The preview of an email the browser cannot parse in reasonable time: a sentence saying so. */
function tooSlowToShow(): HTMLElement {
  const doc = document.implementation.createHTMLDocument('');
  const p = doc.createElement('p');
  p.setAttribute('data-eli-no-preview', '');
  p.setAttribute('style', 'font:14px system-ui,sans-serif;color:#334155;padding:16px');
  p.textContent =
    'No preview for this email: its HTML leaves so many elements open that a browser takes minutes to lay it out. The issues and the links are still checked.';
  doc.body.append(p);
  return doc.documentElement;
}

/**
 * The email as the preview shows it: each link of the report marked with its
 * id and status, sanitised by DOMPurify for email HTML (tables, inline styles
 * and `<style>` kept), every navigation removed, remote images held back
 * unless allowed.
 *
 * The HTML is parsed once into an inert document, in slices, and sanitised in place,
 * subtree by subtree, in short slices, so a large email never blocks the
 * page for long. An element too large for one slice is sanitised alone (its
 * children set aside), then each child in turn. The result (the `<html>`
 * element) is moved into the preview by `mountEmail`: no serialising and
 * re-parsing, so no mutation-XSS round trip and no second parse. Null when
 * `cancelled()` turned true meanwhile.
 */
export async function sanitizeEmail(
  html: string,
  report: Report,
  statusById: Map<string, LinkStatus>,
  pins: ReadonlyMap<string, { n: number }>,
  remoteImages: boolean,
  cancelled: () => boolean,
): Promise<HTMLElement | null> {
  // Parsing starts in a task of its own, apart from the one that received the report.
  await yieldToPage();
  if (cancelled()) return null;
  const marker = `data-eli-m${Math.random().toString(36).slice(2, 10)}`;
  const marked = markLinks(html, report, marker);
  // An inert document (no browsing context: nothing runs, nothing loads), fed in slices: the
  // parser keeps its state between writes, so a large email never makes one long parsing task.
  const doc = document.implementation.createHTMLDocument('');
  doc.open();
  let sliceStart = performance.now();
  let chunk = PARSE_CHUNK;
  let parseMs = 0;
  for (let at = 0; at < marked.length;) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      if (cancelled()) {
        doc.close();
        return null;
      }
      sliceStart = performance.now();
    }
    let end = Math.min(at + chunk, marked.length);
    // A surrogate pair stays in one piece.
    const last = marked.charCodeAt(end - 1);
    if (end < marked.length && last >= 0xd800 && last < 0xdc00) end--;
    const writeStart = performance.now();
    doc.write(marked.slice(at, end));
    const writeMs = performance.now() - writeStart;
    at = end;
    // Thousands of elements left open make the browser's parser slower with every tag (it looks
    // through all of them): smaller writes keep each task short, and past a budget the preview stops.
    if (writeMs > SLICE_MS) chunk = Math.max(MIN_PARSE_CHUNK, chunk >> 1);
    parseMs += writeMs;
    if (parseMs > PARSE_BUDGET_MS && at / parseMs < SLOWEST_PARSE_RATE) {
      doc.close();
      return tooSlowToShow();
    }
  }
  doc.close();
  const mine: Pass = { marker, remoteImages, statusById, pins };
  const sanitize = (node: Element): boolean => {
    pass = mine;
    try {
      purify.sanitize(node);
      return true;
    } catch {
      // A forbidden or clobbered root: dropped with everything inside.
      node.remove();
      return false;
    } finally {
      pass = null;
    }
  };
  const queue: Element[] = [doc.documentElement];
  for (let i = 0; i < queue.length; i++) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      if (cancelled()) return null;
      sliceStart = performance.now();
    }
    const node = queue[i];
    if (!node?.isConnected) continue;
    if (elementCountAtMost(node, CHUNK) <= CHUNK) {
      sanitize(node);
      continue;
    }
    const children = [...node.childNodes];
    node.replaceChildren();
    if (!sanitize(node)) continue;
    const kept: Node[] = [];
    for (const child of children) {
      if (child.nodeType === Node.ELEMENT_NODE) {
        kept.push(child);
        queue.push(child as Element);
      } else if (child.nodeType === Node.TEXT_NODE) kept.push(child);
      // Comments and the rest are left out: they do not render.
    }
    // One by one: a flattened email can give one element hundreds of thousands of children (too many arguments).
    for (const child of kept) node.appendChild(child);
  }
  return cancelled() ? null : doc.documentElement;
}

/**
 * The preview document before any email is in it: its CSP (which stays in
 * force for the document's lifetime) and the highlight styles.
 */
export function previewShell(remoteImages: boolean): string {
  const csp = previewCsp(remoteImages).replace(/"/g, '&quot;');
  return `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="${csp}"><style>${HIGHLIGHT_CSS}</style></head><body></body></html>`;
}

/**
 * Elements put into the preview per frame. The browser styles and lays out
 * only what a frame added (the layout of what is already there is kept), so a
 * 1 MB email shows in frames of tens of milliseconds instead of one of about
 * 300 ms (4,488 table rows: 250 ms in one frame, under 90 ms in frames of
 * 2,000 elements, the same total). A frame costs about 20 µs an element in
 * style, layout, pre-paint and paint: 2,230 elements (a 100 KB email) made
 * one frame of 38–63 ms, so 800 a frame keeps each under 50 ms.
 */
const MOUNT_BATCH = 800;
/** A subtree of at most this many elements is copied in one call; a larger one element by element. */
const MOUNT_WHOLE = 200;

/**
 * Until the browser has rendered a frame (or 100 ms have passed: a hidden
 * tab renders none).
 */
function nextFrame(view: Window): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    view.requestAnimationFrame(() => {
      clearTimeout(timer);
      setTimeout(resolve, 0);
    });
  });
}

/**
 * Replaces the email shown in the preview document with a sanitised one, in
 * document order, `MOUNT_BATCH` elements a frame (the top of the email
 * first). Resolves with false when `cancelled` turned true on the way.
 */
export async function mountEmail(
  doc: Document,
  root: HTMLElement,
  cancelled: () => boolean,
): Promise<boolean> {
  for (const old of doc.head.querySelectorAll('[data-eli-email]')) old.remove();
  const head = root.querySelector('head');
  for (const node of head ? [...head.children] : []) {
    const copy = doc.importNode(node, true) as Element;
    copy.setAttribute('data-eli-email', '');
    doc.head.append(copy);
  }
  // Copied, not adopted: adopting the nodes of a document.write-built document measured 20-40x slower.
  const body = root.querySelector('body');
  const next = body ? (doc.importNode(body, false) as HTMLElement) : doc.createElement('body');
  doc.body.replaceWith(next);
  if (!body) return true;
  let budget = MOUNT_BATCH;
  // Depth first, as a loop with its own stack (an email can nest thousands deep).
  const stack: Array<{ into: Node; from: NodeListOf<ChildNode>; i: number }> = [
    { into: next, from: body.childNodes, i: 0 },
  ];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as (typeof stack)[number];
    const node = top.from[top.i++];
    if (!node) {
      stack.pop();
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) {
      top.into.appendChild(doc.importNode(node, false));
      continue;
    }
    const size = 1 + elementCountAtMost(node as Element, MOUNT_WHOLE);
    if (size <= MOUNT_WHOLE) {
      top.into.appendChild(doc.importNode(node, true));
      budget -= size;
    } else {
      const copy = top.into.appendChild(doc.importNode(node, false));
      budget -= 1;
      stack.push({ into: copy, from: node.childNodes, i: 0 });
    }
    if (budget <= 0 && doc.defaultView) {
      await nextFrame(doc.defaultView);
      if (cancelled()) return false;
      budget = MOUNT_BATCH;
    }
  }
  return true;
}
