import { html as htmlLanguage } from '@codemirror/lang-html';
import { EditorState, RangeSetBuilder, type Extension } from '@codemirror/state';
import { Decoration, EditorView, drawSelection, lineNumbers } from '@codemirror/view';
import { syntaxHighlighting } from '@codemirror/language';
import { sourceHighlight } from './source-highlight';
import { useEffect, useRef } from 'react';
import type { Report } from '../../../core/types';
import type { ReportIndex } from '../../lib/report-index';

export interface SourceViewProps {
  html: string;
  report: Report;
  index: ReportIndex;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

const SEVERITY_CLASS = { error: 'cm-eli-error', warning: 'cm-eli-warning', info: 'cm-eli-info' } as const;

const theme = EditorView.theme({
  '&': { height: '24rem', fontSize: '12px', color: 'inherit', backgroundColor: 'transparent' },
  '.cm-gutters': { backgroundColor: 'transparent', color: 'inherit', opacity: '0.85' },
  '.cm-scroller': { fontFamily: 'ui-monospace, monospace' },
  '.cm-eli-error': { textDecoration: 'underline wavy #b91c1c', backgroundColor: 'rgba(185,28,28,.12)' },
  '.cm-eli-warning': { textDecoration: 'underline wavy #b45309', backgroundColor: 'rgba(180,83,9,.12)' },
  '.cm-eli-info': { textDecoration: 'underline dotted #1d4ed8' },
});

/** A mark at each finding (the link's href value, or the start tag without one). */
function findingMarks(report: Report, index: ReportIndex, length: number): Extension {
  const ranges: Array<{ from: number; to: number; cls: string; title: string }> = [];
  for (const link of report.links) {
    const findings = index.findingsByLink.get(link.id);
    const status = index.statusById.get(link.id);
    if (!findings || !status || status === 'ok') continue;
    const range = link.raw?.valueRange ?? link.startTag;
    const from = Math.min(range.start, length);
    const to = Math.min(Math.max(range.end, from + 1), length);
    ranges.push({
      from,
      to,
      cls: SEVERITY_CLASS[status],
      title: findings.map((f) => `${f.rule}: ${f.message}`).join('\n'),
    });
  }
  ranges.sort((a, b) => a.from - b.from || a.to - b.to);
  const builder = new RangeSetBuilder<Decoration>();
  for (const r of ranges) {
    if (r.to > r.from)
      builder.add(r.from, r.to, Decoration.mark({ class: r.cls, attributes: { title: r.title } }));
  }
  return EditorView.decorations.of(builder.finish());
}

/** The innermost link whose element contains the position. */
function linkAt(report: Report, pos: number): string | null {
  let best: { id: string; size: number } | null = null;
  for (const link of report.links) {
    const { start, end } = link.elementRange;
    if (pos >= start && pos <= end && (!best || end - start < best.size))
      best = { id: link.id, size: end - start };
  }
  return best?.id ?? null;
}

/** The parsed HTML in CodeMirror 6 (read-only), with markers at each finding. */
export default function SourceView({ html, report, index, selectedId, onSelect }: SourceViewProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onSelectRef = useRef(onSelect);
  const lastSelected = useRef<string | null>(null);
  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: html,
        extensions: [
          lineNumbers(),
          drawSelection(),
          EditorState.readOnly.of(true),
          htmlLanguage(),
          syntaxHighlighting(sourceHighlight),
          EditorView.lineWrapping,
          theme,
          EditorView.contentAttributes.of({ 'aria-label': 'Email source' }),
          findingMarks(report, index, html.length),
          EditorView.updateListener.of((update) => {
            if (!update.selectionSet || !update.transactions.some((t) => t.isUserEvent('select'))) return;
            const id = linkAt(report, update.state.selection.main.head);
            if (id && id !== lastSelected.current) {
              lastSelected.current = id;
              onSelectRef.current(id);
            }
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, [html, report, index]);

  useEffect(() => {
    const editor = view.current;
    const link = selectedId ? index.linkById.get(selectedId) : undefined;
    if (!editor || !link || selectedId === lastSelected.current) return;
    lastSelected.current = selectedId;
    const range = link.raw?.valueRange ?? link.startTag;
    const length = editor.state.doc.length;
    editor.dispatch({
      selection: { anchor: Math.min(range.start, length), head: Math.min(range.end, length) },
      effects: EditorView.scrollIntoView(Math.min(range.start, length), { y: 'center' }),
    });
  }, [selectedId, index]);

  return <div ref={host} data-testid="source-view" className="rounded-control border border-line" />;
}
