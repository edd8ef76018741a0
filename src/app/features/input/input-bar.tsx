import * as Popover from '@radix-ui/react-popover';
import { ChevronDown, FileText, Maximize2, Minimize2, Trash2, Upload } from 'lucide-react';
import { useMemo, useRef, useState } from 'react';
import { utf8Length } from '../../../core/input/utf8-length';
import { buttonClass } from '../../components/ui';
import { EmailBox } from './email-box';
import { ACCEPTED } from './read-email-file';
import { SAMPLES, type Sample } from './samples';

interface Props {
  text: string;
  name: string;
  /** The kind the analysis read the input as, once it has. */
  kind: 'html' | 'eml' | null;
  /** The new text and the input event's type (a paste, a drop or typing). */
  onText: (text: string, inputType?: string, replacedAll?: boolean) => void;
  onFile: (file: File) => void;
  onSample: (sample: Sample) => void;
  onClear: () => void;
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function UploadButton({ label, primary }: { label: string; primary: boolean }) {
  return (
    <label
      className={`${buttonClass(primary ? 'primary' : 'secondary', primary ? 'md' : 'sm')} cursor-pointer focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-focus`}
    >
      <Upload aria-hidden="true" className="size-4" />
      <span>{label}</span>
      <input type="file" accept={ACCEPTED} aria-label="Upload email file" className="sr-only" data-upload />
    </label>
  );
}

/**
 * Where the email comes in. Empty: a large box, upload and samples. Once an
 * email is in, a bar: its name and size, Replace, Clear, samples, and the
 * same box kept small (it grows on demand). The box is one element in both
 * states, so a paste keeps the focus in it.
 */
export function InputBar({ text, name, kind, onText, onFile, onSample, onClear }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const [samplesOpen, setSamplesOpen] = useState(false);
  const root = useRef<HTMLElement>(null);
  const empty = text === '';
  // Counted once per text, not on every render of the bar (encoding a 1 MB email on each of a paste's
  // renders took 40 ms of its main thread).
  const size = useMemo(() => sizeText(utf8Length(text)), [text]);
  const onChange = (event: React.ChangeEvent<HTMLElement>): void => {
    const target = event.target as HTMLInputElement;
    if (!target.matches('[data-upload]')) return;
    const file = target.files?.[0];
    if (file) onFile(file);
    target.value = '';
  };
  return (
    <section
      ref={root}
      aria-label="Input"
      onChange={onChange}
      className={`rounded-card border border-line bg-surface shadow-card ${empty ? 'p-5 sm:p-8' : 'p-3'}`}
    >
      {empty ? (
        <div className="mb-4 space-y-1">
          <h2 className="text-xl font-semibold tracking-tight sm:text-2xl">
            Will every link in your email count its clicks?
          </h2>
          <p className="text-ink-muted">
            Paste the HTML of an email, drop a file anywhere on this page, or upload one. You get a verdict,
            the issues on the preview, and fixes. The email never leaves your browser.
          </p>
        </div>
      ) : (
        <div className="mb-2 flex flex-wrap items-center gap-2">
          <FileText aria-hidden="true" className="size-4 shrink-0 text-ink-muted" />
          <span className="min-w-0 truncate font-medium" title={name}>
            {name}
          </span>
          <span className="text-sm text-ink-muted">
            {size}
            {kind === 'eml' ? ' · sent email' : kind === 'html' ? ' · HTML' : ''}
          </span>
          <span className="ml-auto flex flex-wrap items-center gap-1.5">
            <UploadButton label="Replace" primary={false} />
            <Popover.Root open={samplesOpen} onOpenChange={setSamplesOpen}>
              <Popover.Trigger className={buttonClass('ghost', 'sm')}>
                Samples <ChevronDown aria-hidden="true" className="size-3.5" />
              </Popover.Trigger>
              <Popover.Portal>
                <Popover.Content
                  align="end"
                  sideOffset={4}
                  collisionPadding={8}
                  className="z-50 flex w-56 flex-col gap-1 rounded-card border border-line bg-surface p-2 text-ink shadow-card"
                >
                  {SAMPLES.map((s) => (
                    <button
                      key={s.id}
                      type="button"
                      className={`${buttonClass('ghost', 'sm')} justify-start`}
                      onClick={() => {
                        setSamplesOpen(false);
                        onSample(s);
                      }}
                    >
                      {s.label}
                    </button>
                  ))}
                </Popover.Content>
              </Popover.Portal>
            </Popover.Root>
            {confirming ? (
              <span role="group" aria-label="Confirm clear" className="flex items-center gap-1 text-sm">
                <span>Discard this email?</span>
                <button
                  type="button"
                  className={buttonClass('danger', 'sm')}
                  onClick={() => {
                    setConfirming(false);
                    onClear();
                  }}
                >
                  Discard
                </button>
                <button
                  type="button"
                  className={buttonClass('secondary', 'sm')}
                  onClick={() => setConfirming(false)}
                  autoFocus
                >
                  Keep
                </button>
              </span>
            ) : (
              <button
                type="button"
                className={buttonClass('ghost', 'sm')}
                onClick={() => setConfirming(true)}
              >
                <Trash2 aria-hidden="true" className="size-4" />
                Clear
              </button>
            )}
            <button
              type="button"
              className={buttonClass('ghost', 'sm')}
              aria-pressed={expanded}
              onClick={() => setExpanded(!expanded)}
            >
              {expanded ? (
                <Minimize2 aria-hidden="true" className="size-4" />
              ) : (
                <Maximize2 aria-hidden="true" className="size-4" />
              )}
              {expanded ? 'Smaller box' : 'Edit HTML'}
            </button>
          </span>
        </div>
      )}
      <EmailBox
        text={text}
        onText={onText}
        className={`block w-full resize-y rounded-control border border-line bg-surface-2 p-2 font-mono text-xs text-ink placeholder:text-ink-muted ${empty ? 'h-48' : expanded ? 'h-[60vh]' : 'h-14'}`}
      />
      {empty ? (
        <div className="mt-4 flex flex-wrap items-center gap-2">
          <UploadButton label="Upload email file" primary />
          <span className="px-1 text-sm text-ink-muted">or try a sample:</span>
          {SAMPLES.map((s) => (
            <button
              key={s.id}
              type="button"
              className={buttonClass('secondary', 'sm')}
              onClick={() => onSample(s)}
            >
              {s.label}
            </button>
          ))}
          <span className="w-full pt-1 text-2xs text-ink-muted">Accepted: .html, .htm, .eml, .txt</span>
        </div>
      ) : null}
    </section>
  );
}
