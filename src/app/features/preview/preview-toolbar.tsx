import { Image, ImageOff, Monitor, Scissors, Smartphone } from 'lucide-react';
import { SOLID, STATUS_WORDS } from '../../components/ui';
import type { Settings } from '../../lib/settings';

interface Props {
  settings: Settings;
  update: (patch: Partial<Settings>) => void;
  outlook: boolean;
  setOutlook: (on: boolean) => void;
  /** Null when the HTML is under Gmail's limit. */
  gmailCut: boolean | null;
  setGmailCut: (on: boolean) => void;
  hasOutlookLinks: boolean;
}

const TOGGLE =
  'inline-flex h-8 items-center gap-1.5 rounded-control border px-2.5 text-sm font-medium whitespace-nowrap';
const on = (pressed: boolean): string =>
  pressed
    ? `${TOGGLE} border-brand bg-brand-soft text-brand-ink`
    : `${TOGGLE} border-line bg-surface text-ink hover:bg-surface-2`;

/** Images on/off (off by default: they fire open pixels), desktop/mobile width, Outlook view, Gmail's cut. */
export function PreviewToolbar({
  settings,
  update,
  outlook,
  setOutlook,
  gmailCut,
  setGmailCut,
  hasOutlookLinks,
}: Props) {
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-1.5">
        <button
          type="button"
          className={on(settings.remoteImages)}
          aria-pressed={settings.remoteImages}
          onClick={() => update({ remoteImages: !settings.remoteImages })}
        >
          {settings.remoteImages ? (
            <Image aria-hidden="true" className="size-4" />
          ) : (
            <ImageOff aria-hidden="true" className="size-4" />
          )}
          Load remote images
        </button>
        <div role="radiogroup" aria-label="Preview width" className="inline-flex">
          {(['desktop', 'mobile'] as const).map((w, i) => (
            <button
              key={w}
              type="button"
              role="radio"
              aria-checked={settings.previewWidth === w}
              aria-label={w === 'desktop' ? 'Desktop' : 'Mobile (375 px)'}
              className={`${on(settings.previewWidth === w)} ${i === 0 ? 'rounded-r-none' : '-ml-px rounded-l-none'}`}
              onClick={() => update({ previewWidth: w })}
            >
              {w === 'desktop' ? (
                <Monitor aria-hidden="true" className="size-4" />
              ) : (
                <Smartphone aria-hidden="true" className="size-4" />
              )}
              <span className="max-sm:sr-only">{w === 'desktop' ? 'Desktop' : 'Mobile'}</span>
            </button>
          ))}
        </div>
        <button
          type="button"
          className={on(outlook)}
          aria-pressed={outlook}
          onClick={() => setOutlook(!outlook)}
          title={
            hasOutlookLinks
              ? 'Shows the parts only Outlook for Windows shows'
              : 'This email has no Outlook-only part'
          }
        >
          Outlook view
        </button>
        {gmailCut !== null ? (
          <button
            type="button"
            className={on(gmailCut)}
            aria-pressed={gmailCut}
            onClick={() => setGmailCut(!gmailCut)}
          >
            <Scissors aria-hidden="true" className="size-4" />
            Gmail cut-off
          </button>
        ) : null}
      </div>
      <ul aria-label="Legend" className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-ink-muted">
        {(['error', 'warning', 'info', 'ok'] as const).map((s) => (
          <li key={s} className="inline-flex items-center gap-1">
            <span aria-hidden="true" className={`inline-block size-2.5 rounded-sm ${SOLID[s]}`} />
            {STATUS_WORDS[s]}
          </li>
        ))}
        <li className="inline-flex items-center gap-1">
          <span
            aria-hidden="true"
            className="inline-flex size-4 items-center justify-center rounded-full bg-ink text-[10px] font-bold text-surface"
          >
            1
          </span>
          numbers match the issues list · click a link for details
        </li>
        {settings.remoteImages ? (
          <li className="text-warning-ink">Remote images load: open pixels fire.</li>
        ) : null}
      </ul>
    </div>
  );
}
