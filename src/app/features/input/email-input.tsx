import { useRef, useState } from 'react';
import { ACCEPTED } from './read-email-file';
import { SAMPLES, type Sample } from './samples';

interface Props {
  text: string;
  name: string;
  onText: (text: string, inputType?: string) => void;
  onFile: (file: File) => void;
  onSample: (sample: Sample) => void;
  onClear: () => void;
}

const BUTTON =
  'rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800';

/** Where the email comes in: the text box, the file picker, samples, and clear (which asks first). */
export function EmailInput({ text, name, onText, onFile, onSample, onClear }: Props) {
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <section aria-label="Input" className="flex min-h-0 flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <label className={`${BUTTON} cursor-pointer focus-within:ring-2`}>
          <span>Upload email file</span>
          <input
            ref={fileInput}
            type="file"
            accept={ACCEPTED}
            aria-label="Upload email file"
            className="sr-only"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) onFile(file);
              e.target.value = '';
            }}
          />
        </label>
        {confirming ? (
          <span role="group" aria-label="Confirm clear" className="flex items-center gap-1 text-sm">
            Discard the input?
            <button
              type="button"
              className={`${BUTTON} border-red-600 text-red-700 dark:text-red-300`}
              onClick={() => {
                setConfirming(false);
                onClear();
              }}
            >
              Discard
            </button>
            <button type="button" className={BUTTON} onClick={() => setConfirming(false)} autoFocus>
              Keep
            </button>
          </span>
        ) : (
          <button type="button" className={BUTTON} onClick={() => setConfirming(true)} disabled={text === ''}>
            Clear
          </button>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span>Try a sample:</span>
        {SAMPLES.map((s) => (
          <button key={s.id} type="button" className={BUTTON} onClick={() => onSample(s)}>
            {s.label}
          </button>
        ))}
      </div>
      <label htmlFor="email-html" className="text-sm font-semibold">
        Email HTML <span className="font-normal text-slate-600 dark:text-slate-400">({name})</span>
      </label>
      <textarea
        id="email-html"
        aria-label="Email HTML"
        value={text}
        onChange={(e) => onText(e.target.value, (e.nativeEvent as InputEvent).inputType)}
        spellCheck={false}
        wrap="off"
        autoComplete="off"
        placeholder="Paste the HTML of an email or a raw .eml message here, or drop a file anywhere on the page."
        className="h-[50vh] min-h-64 resize-y rounded border border-slate-300 bg-white p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-900"
      />
    </section>
  );
}
