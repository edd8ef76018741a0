import { memoByString } from '../cache/string-memo';
import { findMergeTags, maskMergeTags } from './merge-tags';
import { decodeQueryValue } from './percent-encoding';
import type { UrlFields } from './url-fields';
import type { UrlParts } from './url-parts';

export interface QueryParam {
  /** The name as written (not decoded). */
  name: string;
  /** The value decoded as form data; merge tags kept as written. */
  value: string;
}

/**
 * Visits the non-empty pieces of a query (`a=1&b=2`, no leading `?`) in order, read in place: `visit`
 * gets where the piece starts and ends and where its name ends (its first `=`, or the piece's end), and
 * stops the walk by returning true. No string is cut: parseParams and writesNameTwice cut only what they
 * keep (a piece string per parameter of every URL was measured). Linear: each `=` is looked for once.
 */
function eachParam(query: string, visit: (start: number, nameEnd: number, end: number) => boolean): void {
  let eq = -2; // The first `=` at or after `start` (-1: none), looked for again only once passed.
  for (let start = 0; start <= query.length;) {
    let end = query.indexOf('&', start);
    if (end === -1) end = query.length;
    if (end > start) {
      if (eq !== -1 && eq < start) eq = query.indexOf('=', start);
      if (visit(start, eq !== -1 && eq < end ? eq : end, end)) return;
    }
    start = end + 1;
  }
}

/**
 * Splits `a=1&b=2` (no leading `?`) into parameters; empty pieces are skipped. With `nameOf`, only the
 * parameters it gives a name for, given where the name is written (`query[start, end)`): it is asked
 * before any string is cut, and may answer with a constant equal to the name instead of a copy.
 */
export function parseParams(
  query: string,
  nameOf?: (query: string, start: number, end: number) => string | null,
): QueryParam[] {
  const out: QueryParam[] = [];
  eachParam(query, (start, nameEnd, end) => {
    const name = nameOf === undefined ? query.slice(start, nameEnd) : nameOf(query, start, nameEnd);
    if (name !== null) {
      out.push({ name, value: nameEnd < end ? decodeQueryValue(query.slice(nameEnd + 1, end)) : '' });
    }
    return false;
  });
  return out;
}

/** Where the names of writesNameTwice's query start and end: kept between calls, no arrays per query. */
const nameStarts: number[] = [];
const nameEnds: number[] = [];

/**
 * Whether a query (no leading `?`) writes a parameter name twice, names read as parseParams reads them
 * (as written, empty pieces skipped). The names are compared in place: most queries write each name
 * once, and the parameter objects parseParams makes are then not needed (measured).
 */
export function writesNameTwice(query: string): boolean {
  let count = 0;
  let twice = false;
  eachParam(query, (start, nameEnd) => {
    for (let j = 0; j < count; j++) {
      if (compareText(query, nameStarts[j] as number, nameEnds[j] as number, start, nameEnd) === 0) {
        twice = true;
        return true;
      }
    }
    nameStarts[count] = start;
    nameEnds[count] = nameEnd;
    count++;
    // A long query: a set of its names, not pairs.
    if (count > 16) {
      const params = parseParams(query);
      twice = new Set(params.map((p) => p.name)).size < params.length;
      return true;
    }
    return false;
  });
  return twice;
}

/**
 * `s[a, aEnd)` against `s[b, bEnd)` as strings compare (by UTF-16 code units): negative, 0 or positive.
 * No string is cut for the comparison.
 */
export function compareText(s: string, a: number, aEnd: number, b: number, bEnd: number): number {
  const length = Math.min(aEnd - a, bEnd - b);
  for (let i = 0; i < length; i++) {
    const d = s.charCodeAt(a + i) - s.charCodeAt(b + i);
    if (d !== 0) return d;
  }
  return aEnd - a - (bEnd - b);
}

const SHAPE = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(?:\?([^#]*))?(?:#([\s\S]*))?$/;

/**
 * Everything the analysis asks about one URL text, worked out at most once
 * per distinct text and analysis (`parsedUrl`), whichever rule asks first:
 * the WHATWG parse (`new URL`), its fields, the parts as written, the query
 * parameters as written and the decoded parameter names. An email repeats
 * its URLs, and a dozen rules, the tracking context and the destination
 * decoder ask about every one: each part is computed the first time it is
 * read, then shared. Nothing in it may be changed by a reader.
 */
export class ParsedUrl {
  private parsedWhatwg: URL | null | undefined;
  private parsedFields: UrlFields | null | undefined;
  private parsedParts: UrlParts | null | undefined;
  private parsedQuery: string | null | undefined;
  private parsedParams: readonly QueryParam[] | undefined;
  private parsedNames: readonly string[] | undefined;
  /** The answers of the memoByUrl functions about this text, by slot; made at the first one. */
  private answers: unknown[] | undefined;

  constructor(readonly text: string) {}

  /** The answer kept in a memoByUrl slot, or NOT_ASKED. */
  answerIn(slot: number): unknown {
    return this.answers === undefined || slot >= this.answers.length ? NOT_ASKED : this.answers[slot];
  }

  keepAnswer(slot: number, value: unknown): void {
    if (this.answers === undefined)
      this.answers = new Array<unknown>(Math.max(slotCount, slot + 1)).fill(NOT_ASKED);
    while (this.answers.length <= slot) this.answers.push(NOT_ASKED);
    this.answers[slot] = value;
  }

  /** `new URL(text)`, or null when it does not parse. Shared: read it, never change it. */
  get whatwg(): Readonly<URL> | null {
    if (this.parsedWhatwg === undefined) {
      try {
        this.parsedWhatwg = new URL(this.text);
      } catch {
        this.parsedWhatwg = null;
      }
    }
    return this.parsedWhatwg;
  }

  /** The WHATWG parse's fields, frozen; null when the text does not parse. */
  get fields(): UrlFields | null {
    if (this.parsedFields === undefined) {
      const u = this.whatwg;
      this.parsedFields =
        u === null
          ? null
          : Object.freeze({
              // The text itself when the parse leaves it as it is (most URLs): the same string, not an equal
              // copy, so the link's URL and the memos' keys made from it are found by identity, the fast case
              // of a Map look-up (an equal copy is compared character by character on every hit).
              href: u.href === this.text ? this.text : u.href,
              protocol: u.protocol,
              username: u.username,
              password: u.password,
              host: u.host,
              hostname: u.hostname,
              pathname: u.pathname,
              search: u.search,
              hash: u.hash,
            });
    }
    return this.parsedFields;
  }

  /** The parts of `scheme://authority/path?query#fragment` as written (merge tags kept whole), or null. */
  get parts(): UrlParts | null {
    if (this.parsedParts === undefined) this.parsedParts = splitAsWritten(this.text);
    return this.parsedParts;
  }

  /**
   * The query as written (`parts.query`): for a text without merge tags (most), cut out where it is
   * written, without the parts' match and record (the rules that read only the query ask for every URL,
   * measured).
   */
  get query(): string | null {
    if (this.parsedQuery === undefined) {
      this.parsedQuery =
        this.parsedParts !== undefined || findMergeTags(this.text).length > 0
          ? (this.parts?.query ?? null)
          : queryOfPlainUrl(this.text);
    }
    return this.parsedQuery;
  }

  /** The query parameters as written (values decoded as form data), in order; `[]` without a query. */
  get params(): readonly QueryParam[] {
    if (this.parsedParams === undefined) {
      const query = this.query;
      const params = query === null ? [] : parseParams(query);
      for (const p of params) Object.freeze(p);
      this.parsedParams = Object.freeze(params);
    }
    return this.parsedParams;
  }

  /** The query's parameter names as the WHATWG parser decodes them (`searchParams.keys()`), in order. */
  get searchNames(): readonly string[] {
    if (this.parsedNames === undefined) {
      const u = this.whatwg;
      // The fields' search (made once): each read of the URL object's getter makes a new string.
      this.parsedNames = Object.freeze(u === null ? [] : searchNamesOf(u, this.fields?.search ?? u.search));
    }
    return this.parsedNames;
  }
}

/**
 * `[...u.searchParams.keys()]`: the names of the `&`-separated pieces (empty ones skipped), up to each
 * one's first `=`, with `+` read as a space and percent-decoded. A query without `%` or `+` (most) has
 * its names as written: split here, without the list of names and values `searchParams` makes of it.
 */
function searchNamesOf(u: Readonly<URL>, search: string): string[] {
  if (search.includes('%') || search.includes('+')) return [...u.searchParams.keys()];
  // Counted first, then made to size: a list grown by push keeps room for 17 names (measured).
  let count = 0;
  for (let start = 1; start < search.length;) {
    let end = search.indexOf('&', start);
    if (end === -1) end = search.length;
    if (end > start) count++;
    start = end + 1;
  }
  const names = new Array<string>(count);
  let n = 0;
  let eq = -2; // The first `=` at or after `start` (-1: none), looked for again only once passed: linear.
  for (let start = 1; start < search.length;) {
    let end = search.indexOf('&', start);
    if (end === -1) end = search.length;
    if (end > start) {
      if (eq !== -1 && eq < start) eq = search.indexOf('=', start);
      names[n++] = search.slice(start, eq !== -1 && eq < end ? eq : end);
    }
    start = end + 1;
  }
  return names;
}

function splitAsWritten(url: string): UrlParts | null {
  const tags = findMergeTags(url);
  // Most URLs have no merge tag: nothing to mask and put back.
  if (tags.length === 0) return partsOf(SHAPE.exec(url), asWritten);
  const { masked, unmask } = maskMergeTags(url, tags);
  return partsOf(SHAPE.exec(masked), unmask);
}

/** SHAPE's scheme and `://`: SHAPE matches every text that starts so. */
const SCHEME_START = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;

/** SHAPE's query group of a text without merge tags: after the first `?` past `://`, up to a `#`; null without one. */
function queryOfPlainUrl(url: string): string | null {
  if (!SCHEME_START.test(url)) return null;
  // The scheme has no `:`: the first `://` ends it.
  const start = url.indexOf('://') + 3;
  const question = url.indexOf('?', start);
  if (question === -1) return null;
  const hash = url.indexOf('#', start);
  if (hash !== -1 && hash < question) return null;
  return url.slice(question + 1, hash === -1 ? url.length : hash);
}

function partsOf(m: RegExpExecArray | null, unmask: (s: string) => string): UrlParts | null {
  if (!m) return null;
  const query = m[4];
  const fragment = m[5];
  return Object.freeze({
    scheme: unmask(m[1] ?? ''),
    authority: unmask(m[2] ?? ''),
    path: unmask(m[3] ?? ''),
    query: query === undefined ? null : unmask(query),
    fragment: fragment === undefined ? null : unmask(fragment),
  });
}

function asWritten(s: string): string {
  return s;
}

/** The one record of a URL text in this analysis (see ParsedUrl). */
export const parsedUrl: (text: string) => ParsedUrl = memoByString((text: string) => new ParsedUrl(text));

/** Stands for an answer not worked out yet (an answer may be undefined). */
const NOT_ASKED: unique symbol = Symbol('not asked');
let slotCount = 0;

/**
 * A cache for a pure function of a URL text (or any string an email repeats: an href), like
 * memoByString, but kept on the text's one record (parsedUrl) instead of in a Map of its own: the
 * tracking context and the rules ask a dozen such questions about every link, and each own Map cost a
 * look-up, and on the first question a second one (the record) and an insertion, for every distinct URL
 * (measured). The answers go with the records, which the analysis empties when it starts.
 */
export function memoByUrl<T>(fn: (text: string) => T): (text: string) => T {
  const slot = slotCount++;
  return (text: string): T => {
    const record = parsedUrl(text);
    const known = record.answerIn(slot);
    if (known !== NOT_ASKED) return known as T;
    const value = fn(text);
    record.keepAnswer(slot, value);
    return value;
  };
}
