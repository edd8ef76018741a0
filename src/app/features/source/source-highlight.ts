import { HighlightStyle } from '@codemirror/language';
import { tags } from '@lezer/highlight';

/** HTML colours with at least 4.5:1 contrast, on white and (via the .dark class) on near-black. */
export const sourceHighlight = HighlightStyle.define([
  { tag: tags.tagName, class: 'text-blue-800 dark:text-sky-300' },
  { tag: tags.attributeName, class: 'text-purple-800 dark:text-fuchsia-300' },
  { tag: tags.attributeValue, class: 'text-green-800 dark:text-emerald-300' },
  { tag: [tags.comment, tags.meta], class: 'text-slate-600 dark:text-slate-400 italic' },
  { tag: [tags.angleBracket, tags.processingInstruction], class: 'text-slate-700 dark:text-slate-300' },
  { tag: [tags.string, tags.keyword], class: 'text-red-800 dark:text-rose-300' },
]);
