/**
 * Properties of the whole offline analysis on any input: it never throws (and
 * no rule fails internally), and every position it reports is consistent with
 * the text: a link's offset is where its raw href value starts, and line and
 * column agree with the offset. Run counts stay modest so the suite is quick.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeHtml } from './analyze';
import type { Report } from './types';

const RUNS = 150;

/** Line and column of an offset, counted independently of LineIndex: `\r\n`, `\r` and `\n` end a line. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

function checkReport(html: string, report: Report): void {
  expect(report.findings.filter((f) => f.rule === 'internal-error')).toEqual([]);
  let previousStart = -1;
  report.links.forEach((link, i) => {
    expect(link.id).toBe(`L${i + 1}`);
    expect(link.startTag.start).toBeGreaterThan(previousStart);
    previousStart = link.startTag.start;
    expect(lineColumn(html, link.offset)).toEqual({ line: link.line, column: link.column });
    if (link.raw === null) {
      expect(link.offset).toBe(link.startTag.start);
      return;
    }
    expect(link.offset).toBe(link.raw.valueRange.start);
    // The href sits inside its start tag, which sits inside its element.
    expect(link.raw.range.start).toBeGreaterThan(link.startTag.start);
    expect(link.raw.range.end).toBeLessThanOrEqual(link.startTag.end);
    expect(link.elementRange.start).toBeLessThanOrEqual(link.startTag.start);
    expect(link.elementRange.end).toBeGreaterThanOrEqual(link.startTag.end);
    expect(html.slice(link.offset).startsWith(link.raw.rawValue)).toBe(true);
    expect(html.slice(link.raw.range.start, link.raw.range.end)).toBe(link.raw.source);
  });
  for (const finding of report.findings) {
    expect(finding.line).toBeGreaterThanOrEqual(1);
    expect(finding.column).toBeGreaterThanOrEqual(1);
    if (finding.offset !== undefined) {
      expect(lineColumn(html, finding.offset)).toEqual({ line: finding.line, column: finding.column });
    }
  }
}

/** Pieces of href values: URL parts, character references, merge tags, debris and white space. */
const hrefPiece = fc.constantFrom(
  'https://',
  'http://',
  'http//',
  'htps://',
  '//',
  'www.',
  'shop.example.com',
  '/path',
  '?a=1',
  '&amp;',
  '&amp;amp;',
  '&',
  '&#038;',
  '&quot;',
  '&#x22;',
  '&lt;',
  '&nbsp;',
  '&ldquo;',
  '=3D',
  '=20',
  '=\r\n',
  '=\n',
  '{{url}}',
  '{{url}',
  '*|UNSUB|*',
  '*|UNSUB|',
  '%%view_email_url%%',
  '%%=RedirectTo(@u)=%%',
  '[[UNSUB_LINK_EN]]',
  '<%asm%>',
  '${link}',
  '{$x}',
  '%unsubscribe_url%',
  '#',
  '#top',
  'mailto:',
  'a@b.com',
  'javascript:',
  ' ',
  '\t',
  '\n',
  '\r\n',
  '“',
  '”',
  'é',
  '😀',
  '"',
  "'",
  '>',
  '<',
  '=',
);

const hrefValue = fc.array(hrefPiece, { maxLength: 8 }).map((parts) => parts.join(''));

const linkTag = fc
  .record({
    element: fc.constantFrom('a', 'A', 'area', 'v:roundrect', 'v:rect', 'v:oval'),
    name: fc.constantFrom('href', 'HREF', 'Href'),
    before: fc.constantFrom('', ' ', '\n', '\r\n '),
    after: fc.constantFrom('', ' ', '\t'),
    quote: fc.constantFrom('"', "'", ''),
    value: hrefValue,
    valueless: fc.boolean(),
    extra: fc.constantFrom(
      '',
      ' class="btn"',
      ' clicktracking="off"',
      ' href="https://dup.example.com/"',
      ' title=x',
    ),
    text: fc.constantFrom(
      'Shop',
      '',
      '<img src="https://cdn.example.com/a.png" alt="A">',
      'click <b>here</b>',
    ),
    close: fc.constantFrom(true, true, true, false),
  })
  .map((l) => {
    const attr = l.valueless ? l.name : `${l.name}${l.before}=${l.after}${l.quote}${l.value}${l.quote}`;
    const open = `<${l.element} ${attr}${l.extra}>`;
    if (l.element === 'area') return open;
    return `${open}${l.text}${l.close ? `</${l.element}>` : ''}`;
  });

const block: fc.Arbitrary<string> = fc.oneof(
  linkTag,
  fc.constantFrom(
    '<p>',
    '</p>',
    '<table><tr><td>',
    '</td></tr></table>',
    '\r\n',
    '\n',
    '\r',
    ' text ',
    '<br>',
    '<a>x</a>',
  ),
  fc
    .tuple(
      fc.constantFrom('mso', 'gte mso 9', 'IE', '(gte mso 9)|(IE)', '!mso'),
      fc.array(linkTag, { maxLength: 3 }),
    )
    .map(([condition, inner]) =>
      condition === '!mso'
        ? `<!--[if !mso]><!-->${inner.join('')}<!--<![endif]-->`
        : `<!--[if ${condition}]>${inner.join('\n')}<![endif]-->`,
    ),
  fc.constantFrom('<!--[if mso]><a href="https://x.example.com/">', '<!-- plain comment -->', '<a href="x'),
);

const email = fc.array(block, { maxLength: 12 }).map((blocks) => `<body>${blocks.join('')}</body>`);

describe('analyzeHtml properties', () => {
  it('never throws on arbitrary text, and its positions are consistent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        checkReport(text, analyzeHtml(text));
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on arbitrary text made of HTML-ish characters', () => {
    const htmlish = fc.string({
      unit: fc.constantFrom(
        '<',
        '>',
        '/',
        'a',
        ' ',
        '=',
        '"',
        "'",
        'href',
        '!--',
        '[if mso]',
        '<![endif]',
        '-->',
        '&',
        '\r',
        '\n',
        'v:',
        'x',
      ),
      maxLength: 80,
    });
    fc.assert(
      fc.property(htmlish, (text) => {
        checkReport(text, analyzeHtml(text));
      }),
      { numRuns: RUNS },
    );
  });

  it('places every generated link at its raw href value, whatever the quoting, spacing, entities or comments', () => {
    const quotes = new Set<string>();
    let outlookOnly = 0;
    let withEntities = 0;
    fc.assert(
      fc.property(email, (html) => {
        const report = analyzeHtml(html);
        checkReport(html, report);
        for (const link of report.links) {
          if (link.raw) quotes.add(link.raw.quote);
          if (link.outlookOnly) outlookOnly++;
          if (link.raw && link.raw.rawValue !== link.href) withEntities++;
        }
      }),
      { numRuns: RUNS },
    );
    // The generator did reach the cases the property is about.
    expect([...quotes].sort()).toEqual(['', '"', "'"]);
    expect(outlookOnly).toBeGreaterThan(0);
    expect(withEntities).toBeGreaterThan(0);
  });

  it('finds every <a> written with a plain quoted href, in order', () => {
    const simple = fc.array(fc.webUrl({ withQueryParameters: true }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(simple, (urls) => {
        const html = urls
          .map((u) => `<p><a href="${u.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">x</a></p>`)
          .join('\r\n');
        const report = analyzeHtml(html);
        expect(report.links.map((l) => l.href)).toEqual(urls);
        checkReport(html, report);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('URL rules: one problem, one rule', () => {
  const ids = new Set([
    'relative-url',
    'missing-scheme',
    'malformed-url',
    'whitespace-in-url',
    'smart-quotes-in-url',
    'unencoded-characters',
    'javascript-url',
    'missing-href',
    'empty-href',
    'href-spacing',
    'insecure-http',
    'qp-artifact',
    'double-encoded-entity',
    'merge-tag',
    'unbalanced-merge-tag',
    'mailto-invalid',
    'html-parse-error',
  ]);
  /** The URL-rule findings of one link, leaving aside the informational merge-tag rule. */
  const rulesFor = (html: string): string[] =>
    analyzeHtml(html)
      .findings.filter((f) => ids.has(f.rule) && f.rule !== 'merge-tag')
      .map((f) => f.rule)
      .sort();

  it.each([
    ['<a href="www.shop.com/x">x</a>', ['missing-scheme']],
    ['<a href="//shop.com/x">x</a>', ['missing-scheme']],
    ['<a href="info@shop.com">x</a>', ['missing-scheme']],
    ['<a href="/x">x</a>', ['relative-url']],
    ['<a href="page.html">x</a>', ['relative-url']],
    ['<a href="http//shop.com">x</a>', ['malformed-url']],
    ['<a href="htps://shop.com">x</a>', ['malformed-url']],
    ['<a href=" https://shop.com/x ">x</a>', ['whitespace-in-url']],
    ['<a href="https://shop.com/a b">x</a>', ['unencoded-characters']],
    ['<a href=”https://shop.com/”>x</a>', ['smart-quotes-in-url']],
    ['<a href=3D"https://shop.com/?a=3D1">x</a>', ['qp-artifact']],
    ['<a href="https://shop.com/a=\nb">x</a>', ['qp-artifact']],
    ['<a href="{{url}">x</a>', ['unbalanced-merge-tag']],
    ['<a href="*|UNSUB|">x</a>', ['unbalanced-merge-tag']],
    ['<a href="https://shop.com/?a=1&amp;amp;b=2">x</a>', ['double-encoded-entity']],
    ['<a href="javascript:void(0)">x</a>', ['javascript-url']],
    ['<a href="#">x</a>', ['empty-href']],
    ['<a>x</a>', ['missing-href']],
    ['<a href="mailto:info@shop">x</a>', ['mailto-invalid']],
    ['<a href="http://shop.com/">x</a>', ['insecure-http']],
    ['<a href = "https://shop.com/">x</a>', ['href-spacing']],
    ['<a href="https://a.com/>A</a> and <a href=">B</a>', ['html-parse-error']],
    ['<a href="https://a.com/" href="https://b.com/">x</a>', ['html-parse-error']],
    ['<a href="https://shop.com/?e={{email}}">x</a>', []],
  ])('%s → %j', (html, expected) => {
    expect(rulesFor(html)).toEqual(expected);
  });
});
