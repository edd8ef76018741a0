const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (s: string): string => s.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);

/**
 * A text/plain body as HTML, with each URL made a link, so that plain-text
 * messages are inspected the way mail clients show them (they linkify URLs).
 */
export function textToHtml(text: string): string {
  const parts: string[] = [];
  let last = 0;
  for (const m of text.matchAll(/\b(?:https?:\/\/|www\.)[^\s<>"'()]+[^\s<>"'().,;:!?]/gi)) {
    const at = m.index;
    parts.push(escape(text.slice(last, at)));
    const url = m[0];
    // Mail clients open a bare `www.` address as http://www.…; the link says so.
    const href = /^www\./i.test(url) ? `http://${url}` : url;
    parts.push(`<a href="${escape(href)}">${escape(url)}</a>`);
    last = at + url.length;
  }
  parts.push(escape(text.slice(last)));
  return `<!DOCTYPE html><html><body><pre>${parts.join('')}</pre></body></html>`;
}
