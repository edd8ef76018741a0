/**
 * The HTML as Outlook for Windows reads it, for the preview's "Outlook view":
 * the `[if mso]` blocks are shown and the `[if !mso]` blocks hidden. Every
 * replacement has the length of what it replaces, so the report's offsets
 * (which mark the links) still point at the same tags.
 */
export function outlookViewHtml(html: string): string {
  const pad = (text: string, length: number): string => text + ' '.repeat(Math.max(0, length - text.length));
  return (
    html
      // <!--[if !mso]><!--> … <!--<![endif]-->: what every client but Outlook shows.
      .replace(/<!--\[if\s+!mso[^\]]*\]><!-->/gi, (m) =>
        m.length >= 13 ? pad('<div hidden', m.length - 1) + '>' : m,
      )
      .replace(/<!--<!\[endif\]-->/gi, (m) => pad('</div>', m.length))
      // <!--[if mso]> … <![endif]-->: what only Outlook shows, opened up.
      .replace(/<!--\[if\s+[^\]!]*mso[^\]]*\]>/gi, (m) => ' '.repeat(m.length))
      .replace(/<!\[endif\]-->/gi, (m) => ' '.repeat(m.length))
  );
}
