import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Finding, Report } from '../../../core/types';
import type { Issues } from '../../lib/issues';
import { outlookViewHtml } from '../../lib/outlook-view';
import type { ReportIndex } from '../../lib/report-index';
import { mountEmail, previewShell, sanitizeEmail, setLinkMarks } from './prepare-preview-html';
import { LinkPopover } from './link-popover';

interface Props {
  html: string;
  report: Report;
  index: ReportIndex;
  remoteImages: boolean;
  width: 'desktop' | 'mobile';
  /** Show what the `[if mso]` parts show, and hide the `[if !mso]` ones. */
  outlook: boolean;
  /** Draw the line where Gmail clips the HTML (102 KB). */
  gmailCut: boolean;
  issues: Issues;
  /** Issue words for the popover. */
  renderIssues: (findings: Finding[]) => ReactNode;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Called with the report whose email the preview shows, once it shows it. */
  onShown?: (report: Report) => void;
}

/** Gmail clips an email's HTML after this many bytes. */
export const GMAIL_CLIP_BYTES = 102 * 1024;

interface Anchor {
  id: string;
  top: number;
  left: number;
  width: number;
  height: number;
}

const PIN_STYLE =
  'all:initial;display:block;position:relative;height:0;margin:12px 0;border-top:2px dashed #b91c1c;';
const PIN_LABEL =
  'all:initial;position:absolute;right:8px;top:-11px;background:#b91c1c;color:#fff;font:600 11px/18px system-ui,sans-serif;padding:0 8px;border-radius:9px;';

/**
 * Gmail's cut line, in `root` (the preview's document or a sanitised email): before the block that
 * holds link `id`, or at the end of the body when `id` is '' or not found.
 */
function insertCutLine(root: Element, id: string): void {
  const doc = root.ownerDocument;
  const line = doc.createElement('div');
  line.setAttribute('data-eli-cutoff', id);
  line.setAttribute('style', PIN_STYLE);
  const label = doc.createElement('span');
  label.setAttribute('style', PIN_LABEL);
  label.textContent = 'Gmail clips the email here (102 KB): “View entire message”';
  line.append(label);
  const target = id ? root.querySelector(`[data-link-id="${CSS.escape(id)}"]`) : null;
  const block = target?.closest('tr, p, div, li, td') ?? null;
  if (block?.parentNode) block.parentNode.insertBefore(line, block);
  else (root.querySelector('body') ?? root).append(line);
}

/** The offset (UTF-16) where the HTML reaches `bytes` UTF-8 bytes, or null when it is shorter. */
function offsetAtBytes(html: string, bytes: number): number | null {
  let count = 0;
  for (let i = 0; i < html.length; i++) {
    const c = html.charCodeAt(i);
    count += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 4 : c >= 0xdc00 && c < 0xe000 ? 0 : 3;
    if (count > bytes) return i;
  }
  return null;
}

/**
 * The email in a sandboxed iframe (same origin so the page can mark links and
 * hear clicks, never scripts): every link of the report highlighted by status.
 * A click selects the link; nothing in the preview navigates.
 */
export const EmailPreview = memo(function EmailPreview(props: Props) {
  const {
    html,
    report,
    index,
    remoteImages,
    width,
    outlook,
    gmailCut,
    issues,
    renderIssues,
    selectedId,
    onSelect,
    onShown,
  } = props;
  const frame = useRef<HTMLIFrameElement>(null);
  const [shellLoads, setShellLoads] = useState(0);
  /** How many emails were mounted, and the last one: tests and the benchmark tell a new preview from the last. */
  const [mounted, setMounted] = useState<{ root: HTMLElement | null; n: number }>({ root: null, n: 0 });
  const [anchor, setAnchor] = useState<Anchor | null>(null);
  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  const shell = useMemo(() => previewShell(remoteImages), [remoteImages]);
  // The Outlook view reads the same offsets: the transform keeps every length, and the Outlook-only
  // links (inside [if mso]) are marked too.
  const viewHtml = useMemo(() => (outlook ? outlookViewHtml(html) : html), [html, outlook]);
  const viewReport = useMemo(
    () => (outlook ? { ...report, links: report.links.map((l) => ({ ...l, outlookOnly: false })) } : report),
    [report, outlook],
  );
  // The preview is sanitised again only when the email or its links change, not when a link's
  // status does (a link check's result): statuses and pins are set on the mounted email below.
  const marksKey = useMemo(
    () => viewReport.links.map((l) => (l.outlookOnly ? '' : `${l.id}@${l.startTag.start}`)).join(),
    [viewReport],
  );
  /**
   * The email the preview should show (a new identity each time it is sanitised again): the mounted
   * one is ready only when it is this one, so the effects below never mark up an email being replaced
   * (a new report's statuses on the last email made the browser style and lay it out again, 270 ms at 1 MB).
   */
  const wanted = useMemo(
    () => ({ html: viewHtml, marksKey, remoteImages }),
    [viewHtml, marksKey, remoteImages],
  );
  const [sanitized, setSanitized] = useState<{ root: HTMLElement; for: typeof wanted } | null>(null);
  // Gmail's cut: a line before the first link that starts after 102 KB of HTML ('': at the end).
  const cutAt = useMemo(() => offsetAtBytes(html, GMAIL_CLIP_BYTES), [html]);
  const cutKey = useMemo(
    () =>
      !gmailCut || cutAt === null
        ? null
        : (report.links.find((l) => !l.outlookOnly && l.startTag.start >= cutAt)?.id ?? ''),
    [gmailCut, cutAt, report],
  );
  const latest = useRef({ viewReport, statusById: index.statusById, pins: issues.pins, cutKey });
  latest.current = { viewReport, statusById: index.statusById, pins: issues.pins, cutKey };
  // Layout effects: the work starts, and the email is mounted, without waiting for a paint in between.
  useLayoutEffect(() => {
    let stale = false;
    const start = performance.now();
    const { viewReport: marked, statusById, pins } = latest.current;
    void sanitizeEmail(wanted.html, marked, statusById, pins, wanted.remoteImages, () => stale).then(
      (root) => {
        if (stale || !root) return;
        performance.measure('eli:sanitize', { start, end: performance.now() });
        setSanitized({ root, for: wanted });
      },
    );
    return () => {
      stale = true;
    };
  }, [wanted]);

  useLayoutEffect(() => {
    const doc = frame.current?.contentDocument;
    if (shellLoads === 0 || !doc?.body || !sanitized) return;
    let stale = false;
    const start = performance.now();
    // Gmail's line goes in with the email: put in afterwards, it had the browser lay out the email's
    // table again (a 118 ms frame at 1 MB).
    for (const old of sanitized.root.querySelectorAll('[data-eli-cutoff]')) old.remove();
    const { cutKey: cut } = latest.current;
    if (cut !== null) insertCutLine(sanitized.root, cut);
    // The first part goes in before the next paint; a large email's rest in the frames after.
    void mountEmail(doc, sanitized.root, () => stale).then((done) => {
      if (!done || stale) return;
      performance.measure('eli:mount', { start, end: performance.now() });
      setAnchor(null);
      setMounted((m) => ({ root: sanitized.root, n: m.n + 1 }));
      performance.mark('eli:preview-ready');
      // The paint after the last part went in: the whole email, its links' marks and pins and Gmail's
      // line (they went in with it). A task posted from a frame callback runs after that frame; the
      // benchmark's clock stops at this mark.
      doc.defaultView?.requestAnimationFrame(() =>
        setTimeout(() => performance.mark('eli:preview-painted'), 0),
      );
    });
    return () => {
      stale = true;
    };
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
    const open = (link: HTMLElement): void => {
      const iframe = frame.current;
      const id = link.dataset['linkId'];
      if (!id || !iframe) return;
      onSelectRef.current(id);
      const rect = link.getBoundingClientRect();
      setAnchor({
        id,
        top: rect.top + iframe.offsetTop,
        left: Math.max(0, rect.left) + iframe.offsetLeft,
        width: Math.min(rect.width, iframe.clientWidth),
        height: rect.height,
      });
    };
    doc.addEventListener(
      'click',
      (event) => {
        block(event);
        const link = linkOf(event.target);
        if (link) open(link);
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
        // The popover listens on the page; a key pressed in the preview reaches it from here.
        if (event.key === 'Escape') setAnchor(null);
        const link = linkOf(event.target);
        if (link && (event.key === 'Enter' || event.key === ' ')) {
          block(event);
          open(link);
        }
      },
      true,
    );
    doc.defaultView?.addEventListener('scroll', () => setAnchor(null));
    setShellLoads((n) => n + 1);
  };

  const ready = shellLoads > 0 && sanitized?.for === wanted && mounted.root === sanitized.root;
  useEffect(() => {
    if (ready) onShown?.(report);
  }, [ready, report, onShown]);
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

  // Each link's status, and its pin: a link with an issue shows the number of its first issue (the
  // issues list's numbering). Set on the mounted email, so a link check's result costs no new preview.
  useEffect(() => {
    const doc = frame.current?.contentDocument;
    if (!ready || !doc) return;
    for (const el of doc.querySelectorAll<HTMLElement>('[data-link-id]')) {
      const id = el.dataset['linkId'] ?? '';
      setLinkMarks(el, index.statusById.get(id) ?? 'ok', issues.pins.get(id));
    }
  }, [ready, mounted, issues, index]);

  // Gmail's cut: changed here when the toggle is; it went in with the email otherwise (see the mount).
  useEffect(() => {
    const doc = frame.current?.contentDocument;
    if (!ready || !doc) return;
    const shown = [...doc.querySelectorAll('[data-eli-cutoff]')];
    if (cutKey !== null && shown.length === 1 && shown[0]?.getAttribute('data-eli-cutoff') === cutKey) return;
    for (const old of shown) old.remove();
    if (cutKey !== null) insertCutLine(doc.documentElement, cutKey);
  }, [ready, mounted, cutKey]);

  const anchored = anchor ? index.linkById.get(anchor.id) : undefined;
  return (
    <div
      className="relative"
      data-preview-ready={ready ? 'true' : 'false'}
      data-preview-load={ready ? mounted.n : 0}
    >
      <div className="overflow-auto rounded-control border border-line bg-white">
        <iframe
          ref={frame}
          title="Email preview"
          sandbox="allow-same-origin"
          referrerPolicy="no-referrer"
          srcDoc={shell}
          onLoad={onLoad}
          className="mx-auto block h-[60vh] min-h-[420px] bg-white lg:h-[calc(100vh-15rem)] lg:min-h-[520px]"
          style={{ width: width === 'mobile' ? 375 : '100%' }}
        />
      </div>
      {anchor && anchored ? (
        <LinkPopover
          anchor={anchor}
          link={anchored}
          status={index.statusById.get(anchored.id) ?? 'ok'}
          onClose={() => {
            const doc = frame.current?.contentDocument;
            setAnchor(null);
            return doc?.querySelector<HTMLElement>(`[data-link-id="${CSS.escape(anchored.id)}"]`) ?? null;
          }}
        >
          {renderIssues(index.findingsByLink.get(anchored.id) ?? [])}
        </LinkPopover>
      ) : null}
    </div>
  );
});
