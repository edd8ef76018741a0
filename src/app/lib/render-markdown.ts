import DOMPurify from 'dompurify';
import { marked } from 'marked';

/**
 * A rule's Markdown as safe HTML for the page: rendered by marked, sanitised by
 * DOMPurify. A link to another rule's page (`../x/x.md`, `x.md`) becomes an
 * in-app link (`data-rule="x"`), a web link opens in a new tab, and a link to a
 * file of the repository (which the page does not serve) is kept as plain text.
 */
export function renderRuleMarkdown(markdown: string, ruleIds: ReadonlySet<string>): string {
  const html = marked.parse(markdown, { async: false, gfm: true });
  const clean = DOMPurify.sanitize(html, { RETURN_DOM_FRAGMENT: true });
  for (const a of clean.querySelectorAll('a')) {
    const href = a.getAttribute('href') ?? '';
    const rule = /(?:^|\/)([a-z0-9-]+)\.md(?:#.*)?$/.exec(href)?.[1];
    if (rule && ruleIds.has(rule)) {
      a.setAttribute('href', `#rule-${rule}`);
      a.setAttribute('data-rule', rule);
    } else if (/^https?:\/\//i.test(href)) {
      a.setAttribute('target', '_blank');
      a.setAttribute('rel', 'noopener noreferrer');
    } else {
      const span = document.createElement('span');
      span.append(...a.childNodes);
      a.replaceWith(span);
    }
  }
  // A code block scrolls sideways on a narrow screen: it takes the focus so the keyboard can scroll it.
  for (const pre of clean.querySelectorAll('pre')) pre.setAttribute('tabindex', '0');
  const box = document.createElement('div');
  box.append(clean);
  return box.innerHTML;
}
