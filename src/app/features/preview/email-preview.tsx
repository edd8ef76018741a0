import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Report } from '../../../core/types';
import type { ReportIndex } from '../../lib/report-index';
import { mountEmail, previewShell, sanitizeEmail } from './prepare-preview-html';
import { LinkHoverCard } from './link-hover-card';

interface Props {
  html: string;
  report: Report;
  index: ReportIndex;
  remoteImages: boolean;
  width: 'desktop' | 'mobile';
  selectedId: string | null;
  onSelect: (id: string) => void;
}

interface Hover {
  id: string;
  top: number;
  left: number;
}

/**
 * The email in a sandboxed iframe (same origin so the page can mark links and
 * hear clicks, never scripts): every link of the report highlighted by status.
 * A click selects the link; nothing in the preview navigates.
 */
export const EmailPreview = memo(function EmailPreview(props: Props) {
  const { html, report, index, remoteImages, width, selectedId, onSelect } = props;
  const frame = useRef<HTMLIFrameElement>(null);
  const [shellLoads, setShellLoads] = useState(0);
  /** How many emails were mounted, and the last one: tests and the benchmark tell a new preview from the last. */
  const [mounted, setMounted] = useState<{ root: HTMLElement | null; n: number }>({ root: null, n: 0 });
  const [hover, setHover] = useState<Hover | null>(null);
  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  const shell = useMemo(() => previewShell(remoteImages), [remoteImages]);
  const [sanitized, setSanitized] = useState<HTMLElement | null>(null);
  // Layout effects: the work starts, and the email is mounted, without waiting for a paint in between.
  useLayoutEffect(() => {
    let stale = false;
    const start = performance.now();
    void sanitizeEmail(html, report, index.statusById, remoteImages, () => stale).then((root) => {
      if (stale || !root) return;
      performance.measure('eli:sanitize', { start, end: performance.now() });
      setSanitized(root);
    });
    return () => {
      stale = true;
    };
  }, [html, report, index, remoteImages]);

  useLayoutEffect(() => {
    const doc = frame.current?.contentDocument;
    if (shellLoads === 0 || !doc?.body || !sanitized) return;
    const start = performance.now();
    mountEmail(doc, sanitized);
    performance.measure('eli:mount', { start, end: performance.now() });
    setHover(null);
    setMounted((m) => ({ root: sanitized, n: m.n + 1 }));
    performance.mark('eli:preview-ready');
  }, [shellLoads, sanitized]);

  const onLoad = (): void => {
    const doc = frame.current?.contentDocument;
    if (!doc) return;
    const linkOf = (target: EventTarget | null): HTMLElement | null => {
      const node = target as Node | null;
      const element = node && node.nodeType === 1 ? (node as Element) : (node?.parentElement ?? null);
      return element?.closest<HTMLElement>('[data-link-id]') ?? null;
    };
    const block = (event: Event): void => {
      event.preventDefault();
      event.stopPropagation();
    };
    doc.addEventListener(
      'click',
      (event) => {
        block(event);
        const link = linkOf(event.target);
        if (link?.dataset['linkId']) onSelectRef.current(link.dataset['linkId']);
      },
      true,
    );
    for (const type of ['auxclick', 'dblclick', 'submit', 'dragstart', 'contextmenu']) {
      doc.addEventListener(type, block, true);
    }
    doc.addEventListener(
      'mousedown',
      (event) => {
        if (event.button !== 0) block(event);
      },
      true,
    );
    doc.addEventListener(
      'keydown',
      (event) => {
        const link = linkOf(event.target);
        if (link && (event.key === 'Enter' || event.key === ' ')) {
          block(event);
          if (link.dataset['linkId']) onSelectRef.current(link.dataset['linkId']);
        }
      },
      true,
    );
    doc.addEventListener('mouseover', (event) => {
      const link = linkOf(event.target);
      const iframe = frame.current;
      if (!link?.dataset['linkId'] || !iframe) {
        setHover(null);
        return;
      }
      const rect = link.getBoundingClientRect();
      setHover({
        id: link.dataset['linkId'],
        top: rect.bottom + iframe.offsetTop + 4,
        left: rect.left + iframe.offsetLeft,
      });
    });
    doc.addEventListener('mouseleave', () => setHover(null));
    doc.defaultView?.addEventListener('scroll', () => setHover(null));
    setShellLoads((n) => n + 1);
  };

  const ready = mounted.root === sanitized && shellLoads > 0;
  useEffect(() => {
    const doc = frame.current?.contentDocument;
    if (!ready || !doc) return;
    for (const el of doc.querySelectorAll('.eli-selected')) el.classList.remove('eli-selected');
    if (!selectedId) return;
    const el = doc.querySelector(`[data-link-id="${CSS.escape(selectedId)}"]`);
    if (el) {
      el.classList.add('eli-selected');
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  }, [ready, selectedId, mounted]);

  const hovered = hover ? index.linkById.get(hover.id) : undefined;
  return (
    <div
      className="relative"
      data-preview-ready={ready ? 'true' : 'false'}
      data-preview-load={ready ? mounted.n : 0}
    >
      <div className="overflow-auto rounded border border-slate-300 bg-white dark:border-slate-600">
        <iframe
          ref={frame}
          title="Email preview"
          sandbox="allow-same-origin"
          referrerPolicy="no-referrer"
          srcDoc={shell}
          onLoad={onLoad}
          className="mx-auto block h-[520px] bg-white"
          style={{ width: width === 'mobile' ? 375 : '100%' }}
        />
      </div>
      {hover && hovered ? (
        <LinkHoverCard
          link={hovered}
          findings={index.findingsByLink.get(hovered.id) ?? []}
          top={hover.top}
          left={hover.left}
        />
      ) : null}
    </div>
  );
});
