import type { Settings } from '../../lib/settings';

interface Props {
  settings: Settings;
  update: (patch: Partial<Settings>) => void;
}

/** Remote images (off by default: they fire open pixels) and desktop/mobile width. */
export function PreviewToolbar({ settings, update }: Props) {
  return (
    <div className="flex flex-wrap items-center gap-4 text-sm">
      <h2 className="text-lg font-semibold">Preview</h2>
      <label className="flex items-center gap-1">
        <input
          type="checkbox"
          checked={settings.remoteImages}
          onChange={(e) => update({ remoteImages: e.target.checked })}
        />
        Load remote images
      </label>
      <fieldset className="flex items-center gap-2">
        <legend className="sr-only">Preview width</legend>
        {(['desktop', 'mobile'] as const).map((w) => (
          <label key={w} className="flex items-center gap-1">
            <input
              type="radio"
              name="preview-width"
              value={w}
              checked={settings.previewWidth === w}
              onChange={() => update({ previewWidth: w })}
            />
            {w === 'desktop' ? 'Desktop' : 'Mobile (375 px)'}
          </label>
        ))}
      </fieldset>
      {settings.remoteImages ? (
        <span className="text-amber-700 dark:text-amber-300">Remote images load: open pixels fire.</span>
      ) : null}
    </div>
  );
}
