import DOMPurify from 'dompurify';
import { useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import type { LinkPair, PairStatus } from '../../../core/compare/compare';
import { describeChange } from '../../../core/compare/format-comparison';
import type { AnalyzeOptions } from '../../../core/types';
import { buttonClass, TONE } from '../../components/ui';
import type { CompareRequest, CompareResponse } from './compare-protocol';

interface Props {
  /** The email in the box. */
  text: string;
  name: string;
  /** What the box holds: a template (html) is compared with a sent email to choose, a sent email with a template. */
  kind: 'html' | 'eml';
  options: AnalyzeOptions;
}

type Result = Extract<CompareResponse, { ok: true }>;

const LABEL: Record<PairStatus, string> = {
  wrapped: 'Tracked',
  'left-alone': 'Not tracked',
  changed: 'Changed, not tracked',
  missing: 'Missing from the sent email',
  new: 'Only in the sent email',
};
const TONE_OF: Record<PairStatus, keyof typeof TONE> = {
  wrapped: 'ok',
  'left-alone': 'error',
  changed: 'error',
  missing: 'warning',
  new: 'info',
};

/** What happened to a pair, in plain words for the page. */
function explain(p: LinkPair): string {
  const parts: string[] = [];
  if (p.status === 'wrapped' && p.wrapper) {
    parts.push(
      p.wrapper.destination !== null
        ? `The platform sent it through ${p.wrapper.host}, which leads to ${p.wrapper.destination}.`
        : `The platform sent it through ${p.wrapper.host}; where it leads stays on the platform’s server.`,
    );
  }
  if (p.status === 'left-alone')
    parts.push('The sent email has the same address as the template: clicks on it are not counted.');
  if (p.status === 'changed')
    parts.push('The address changed but does not go through the tracking domain: clicks are not counted.');
  if (p.status === 'missing') parts.push('The sent email does not have this link.');
  if (p.status === 'new')
    parts.push('The template does not have this link; the platform or an editor added it.');
  for (const c of p.changes) parts.push(`${describeChange(c).replace(/^./, (ch) => ch.toUpperCase())}.`);
  if (p.status !== 'wrapped' && p.status !== 'new') {
    for (const f of p.templateFindings) if (f.severity !== 'info') parts.push(`Likely reason: ${f.message}`);
  }
  return parts.join(' ');
}

/** The email for a preview: no scripts, no remote content, no link that can be followed (a click is never a click). */
function previewDocument(html: string, highlight: string | null): string {
  const purify = DOMPurify(window);
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (!(node instanceof Element)) return;
    if (node.hasAttribute('href')) {
      node.setAttribute('data-href', node.getAttribute('href') ?? '');
      node.removeAttribute('href');
    }
    const src = node.getAttribute('src');
    if (src !== null && !src.startsWith('data:')) node.removeAttribute('src');
  });
  const clean = purify.sanitize(html, {
    WHOLE_DOCUMENT: true,
    ADD_ATTR: ['data-eli-link'],
    FORBID_TAGS: ['form', 'base', 'meta', 'link', 'iframe', 'object', 'embed'],
    FORBID_ATTR: ['action', 'formaction', 'srcset', 'ping', 'background'],
  });
  const csp =
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">';
  const mark = highlight
    ? `<style>[data-eli-link="${highlight}"]{outline:3px solid #c2410c;outline-offset:2px;background:#fed7aa}</style>`
    : '';
  return clean.replace(/<head>/i, `<head>${csp}${mark}`);
}

function Preview({ title, html, highlight }: { title: string; html: string; highlight: string | null }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const doc = useMemo(() => previewDocument(html, highlight), [html, highlight]);
  const scroll = (): void => {
    if (!highlight) return;
    frame.current?.contentDocument
      ?.querySelector(`[data-eli-link="${highlight}"]`)
      ?.scrollIntoView({ block: 'center' });
  };
  return (
    <figure className="flex min-w-0 flex-col gap-1">
      <figcaption className="text-sm font-semibold">{title}</figcaption>
      <iframe
        ref={frame}
        title={title}
        // No scripts; same origin only so the page can scroll the chosen link into view.
        sandbox="allow-same-origin"
        srcDoc={doc}
        onLoad={scroll}
        className="h-[28rem] w-full rounded-control border border-line bg-white"
      />
    </figure>
  );
}

/**
 * "Compare with the sent email": the email in the box and a second one the
 * user chooses (the sent .eml for a template, the template for a sent email),
 * their links paired by the core, each pair with what the platform did, and
 * the two previews side by side pointing at the chosen pair.
 */
export function ComparePanel({ text, name, kind, options }: Props) {
  const [other, setOther] = useState<{ text: string; name: string } | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [chosen, setChosen] = useState(0);
  const wanted = kind === 'html' ? 'sent email (.eml)' : 'template (.html)';

  useEffect(() => {
    if (!other) return;
    const worker = new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' });
    const request: CompareRequest = {
      id: 1,
      template: kind === 'html' ? { text, name } : other,
      sent: kind === 'html' ? other : { text, name },
      options,
    };
    setBusy(true);
    worker.onmessage = (event: MessageEvent<CompareResponse>) => {
      setBusy(false);
      if (event.data.ok) {
        setResult(event.data);
        setProblem(null);
        const first = event.data.comparison.pairs.findIndex((p) => p.status !== 'wrapped');
        setChosen(Math.max(0, first));
      } else {
        setResult(null);
        setProblem(event.data.message);
      }
      worker.terminate();
    };
    worker.onerror = () => {
      setBusy(false);
      setProblem('The comparison failed. Try the file again.');
      worker.terminate();
    };
    worker.postMessage(request);
    return () => worker.terminate();
  }, [other, text, name, kind, options]);

  const onFile = async (e: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (file.size > 20 * 1024 * 1024) {
      setProblem(
        `${file.name} is larger than 20 MB: no email is that large. Check that this is the right file.`,
      );
      return;
    }
    setOther({ text: await file.text(), name: file.name });
  };

  const pairs = result?.comparison.pairs ?? [];
  const pair = pairs[chosen];
  const summary = result?.comparison.summary;

  return (
    <div className="space-y-3 text-sm" data-testid="compare-panel">
      <p className="max-w-prose text-ink-muted">
        Compare this {kind === 'html' ? 'template' : 'sent email'} with the {wanted} to see what the email
        platform did to each link: which it tracked, which it left alone (and why), what it added or changed.
      </p>
      <label className={buttonClass('primary')}>
        {other ? `Choose another ${wanted}` : `Choose the ${wanted}`}
        <input
          type="file"
          accept={kind === 'html' ? '.eml,message/rfc822' : '.html,.htm,text/html'}
          className="sr-only"
          onChange={(e) => void onFile(e)}
        />
      </label>
      {other ? <span className="ml-2 text-ink-muted">Comparing with {other.name}</span> : null}
      {busy ? <p role="status">Comparing the links…</p> : null}
      {problem ? (
        <p role="alert" className="rounded-control border border-error-line bg-error-soft p-2 text-error-ink">
          {problem}
        </p>
      ) : null}
      {result && summary ? (
        <>
          <p role="status" className="font-medium">
            {summary.wrapped} tracked, {summary['left-alone'] + summary.changed} not tracked,{' '}
            {summary.missing} missing from the sent email, {summary.new} only in the sent email.
          </p>
          <div className="grid gap-3 xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
            <ol aria-label="Link pairs" className="max-h-[36rem] space-y-1 overflow-auto">
              {pairs.map((p, i) => (
                <li key={`${p.template?.id ?? '-'}:${p.sent?.id ?? '-'}`}>
                  <button
                    type="button"
                    aria-pressed={i === chosen}
                    onClick={() => setChosen(i)}
                    className={`w-full rounded-control border p-2 text-left ${i === chosen ? 'border-brand bg-surface-2' : 'border-line bg-surface hover:bg-surface-2'}`}
                  >
                    <span
                      className={`mr-2 inline-block rounded-full border px-2 text-xs font-semibold ${TONE[TONE_OF[p.status]]}`}
                    >
                      {LABEL[p.status]}
                    </span>
                    <span className="font-medium">
                      {p.template?.text || p.sent?.text || '(a link without text)'}
                    </span>
                    <span className="mt-1 grid gap-x-2 text-xs text-ink-muted sm:grid-cols-[auto_minmax(0,1fr)]">
                      <span>Template</span>
                      <span className="truncate font-mono">
                        {p.template ? (p.template.href ?? '(no address)') : '—'}
                      </span>
                      <span>Sent</span>
                      <span className="truncate font-mono">
                        {p.sent ? (p.sent.href ?? '(no address)') : '—'}
                      </span>
                    </span>
                    {i === chosen ? <span className="mt-1 block">{explain(p)}</span> : null}
                  </button>
                </li>
              ))}
            </ol>
            <div className="grid min-w-0 gap-3 sm:grid-cols-2">
              <Preview
                title={`Template: ${result.comparison.template.name}`}
                html={result.templateHtml}
                highlight={pair?.template?.id ?? null}
              />
              <Preview
                title={`Sent: ${result.comparison.sent.name}`}
                html={result.sentHtml}
                highlight={pair?.sent?.id ?? null}
              />
            </div>
          </div>
        </>
      ) : null}
    </div>
  );
}
