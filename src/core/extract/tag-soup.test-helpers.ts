import fc from 'fast-check';

/**
 * For property tests of the extraction: markup that makes parse5's tree
 * builder work hard (links left open or nested, adoption agency, foster
 * parenting in tables, templates, foreign content, `<select>`, `<frameset>`,
 * VML), joined at random into documents of up to 30 pieces.
 */
const PIECES = [
  '<a href="/x">',
  '</a>',
  '<a>',
  '<p>',
  '</p>',
  '<div>',
  '</div>',
  '<table>',
  '</table>',
  '<tr>',
  '<td>',
  '</td>',
  '<b>',
  '</b>',
  '<i>',
  '</i>',
  '<img src="i.png">',
  '<area href="/ar">',
  '<v:rect href="/v">',
  '</v:rect>',
  '<template>',
  '</template>',
  '<svg>',
  '</svg>',
  '<select>',
  '<option>',
  '<frameset>',
  '<li>',
  '<h1>',
  'text',
  ' ',
  '\n',
  '<br>',
  '<nobr>',
];

/** Tag-soup documents from the shared pieces and `extra` ones. */
export function tagSoup(extra: readonly string[] = []): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...PIECES, ...extra), { maxLength: 30 }).map((pieces) => pieces.join(''));
}
