/**
 * Hex codes after `=` that quoted-printable (RFC 2045 §6.7) writes for
 * characters a URL gives meaning to (RFC 3986 §2.2 delimiters), for `=`
 * itself, and for white space.
 */
const QP_DELIMITERS: Readonly<Record<string, string>> = {
  '3D': '=',
  '20': 'a space',
  '09': 'a tab',
  '22': '"',
  '3A': ':',
  '2F': '/',
  '3F': '?',
  '23': '#',
  '5B': '[',
  '5D': ']',
  '40': '@',
  '21': '!',
  '24': '$',
  '26': '&',
  '27': "'",
  '28': '(',
  '29': ')',
  '2A': '*',
  '2B': '+',
  '2C': ',',
  '3B': ';',
  '25': '%',
};

export interface QpDebris {
  /** The debris as it stands in the href (`=3D`, `=\n`). */
  part: string;
  index: number;
  /** What it stands for. */
  meaning: string;
}

/** The `3D` of an undecoded `href=3D"…"`, at the start of the href. */
const QP_LEAD = /^\s*3D(?=["'\u201C\u201D]|https?:|\/\/)/i;
/** An `=` followed by a line break or two hex digits: what the loop below looks at (its code captured). */
const EQUALS_CODE = /=(\r?\n|[0-9A-Fa-f]{2})/;
const EQUALS_CODES = new RegExp(EQUALS_CODE.source, 'g');

/**
 * Quoted-printable debris in an href: a soft line break (`=` + line break),
 * `href=3D"…"` read from undecoded source, and `=XX` for a delimiter, space or
 * `=` where the `=` does not separate a query parameter from its value
 * (`?n=20` and `%26n=20` are values, `/a=20b` and `?q=a=3Db` are debris).
 */
export function findQpDebris(href: string): QpDebris[] {
  const out: QpDebris[] = [];
  const lead = QP_LEAD.exec(href);
  if (lead) out.push({ part: '3D', index: lead.index, meaning: 'the "=" of href=' });
  // Most hrefs have no `=XX` at all (`…-3D-3D` tokens included): one test, then none of the loop.
  if (!EQUALS_CODE.test(href)) return out;
  for (const m of href.matchAll(EQUALS_CODES)) {
    const code = m[1] ?? '';
    const at = m.index;
    if (code.endsWith('\n')) {
      out.push({ part: m[0], index: at, meaning: 'a soft line break' });
      continue;
    }
    // `=C3=A9`: the UTF-8 bytes of a non-ASCII letter, quoted-printable encoded.
    if (/^=[C-F][0-9A-F]=[89AB][0-9A-F]/i.test(href.slice(at, at + 6))) {
      out.push({ part: href.slice(at, at + 6), index: at, meaning: 'an encoded non-ASCII letter' });
      continue;
    }
    const meaning = QP_DELIMITERS[code.toUpperCase()];
    if (meaning === undefined) continue;
    const rest = href.slice(at + 3);
    if (separatesParameter(href, at)) {
      // `?type=3D` is a value; `?utm_source=3Dnews` is `utm_source=news` encoded.
      if (code.toUpperCase() !== '3D' || !/^[A-Za-z0-9%]/.test(rest)) continue;
    }
    out.push({ part: m[0], index: at, meaning });
  }
  return out;
}

/** Whether the `=` at `at` separates a query (or fragment) parameter's name from its value. */
function separatesParameter(href: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = href[i] ?? '';
    // A nested, percent-encoded URL separates its parameters with `%26` (&), `%3F` (?), `%23` (#), `%3B` (;).
    const separator = '?&;#'.includes(c) || (c === '%' && /^%(?:26|3F|23|3B)/i.test(href.slice(i, i + 3)));
    if (separator) return i < at - 1 && !(c === '%' && i + 3 > at - 1);
    if (c === '/' || c === '=') return false;
  }
  return false;
}

/** Whether the href begins with the `3D` of an undecoded `href=3D"…"`. */
export function startsWithQpDebris(href: string): boolean {
  return QP_LEAD.test(href);
}
