import { useState, type ChangeEvent } from 'react';
import { parseSettings, SETTINGS_FILE_NAME, settingsToJson } from '../../../core/config/settings';
import { buttonClass } from '../../components/ui';
import { downloadFile } from '../../lib/download';
import type { Settings } from '../../lib/settings';

interface Props {
  settings: Settings;
  update: (patch: Partial<Settings>) => void;
  ruleIds: string[];
  /** After an import: the fields show the new values. */
  onImported: () => void;
}

/**
 * The command line's settings file (`email-link-inspector.config.json`),
 * imported into the page and exported from it: the same keys, checked by the
 * same core validation, so a team keeps one file for both.
 */
export function SettingsFile({ settings, update, ruleIds, onImported }: Props) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const exportFile = (): void => {
    downloadFile(
      SETTINGS_FILE_NAME,
      'application/json',
      settingsToJson({
        trackingDomains: settings.trackingDomains,
        allowUntracked: settings.allowUntracked,
        rules: settings.rules,
        ...(settings.mode !== 'auto' ? { mode: settings.mode } : {}),
      }),
    );
  };

  const importFile = async (e: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (file.size > 1024 * 1024) {
      setMessage({ ok: false, text: `${file.name} is not a settings file: it is larger than 1 MB.` });
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(await file.text()) as unknown;
    } catch {
      setMessage({ ok: false, text: `${file.name} is not valid JSON. Nothing was changed.` });
      return;
    }
    // package.json keeps them under its "email-link-inspector" key.
    const inPackage =
      file.name === 'package.json' &&
      typeof value === 'object' &&
      value !== null &&
      'email-link-inspector' in value;
    const parsed = parseSettings(
      inPackage ? (value as Record<string, unknown>)['email-link-inspector'] : value,
      ruleIds,
    );
    if (!parsed.ok) {
      setMessage({ ok: false, text: `${file.name}: ${parsed.key} ${parsed.message}. Nothing was changed.` });
      return;
    }
    const s = parsed.settings;
    update({
      trackingDomains: s.trackingDomains ?? [],
      allowUntracked: s.allowUntracked ?? [],
      rules: s.rules ?? {},
      mode: s.mode ?? 'auto',
    });
    onImported();
    setMessage({
      ok: true,
      text: `Imported ${file.name}.${s.failOn ? ' Its failOn is for the command line and is not used here.' : ''}`,
    });
  };

  return (
    <div className="space-y-2 border-b border-line pb-3">
      <p className="text-xs text-ink-muted">
        The same settings file the command line reads ({SETTINGS_FILE_NAME}): keep it beside your templates.
      </p>
      <div className="flex flex-wrap gap-2">
        <label className={buttonClass('secondary', 'sm')}>
          Import settings file…
          <input
            type="file"
            accept=".json,application/json,.email-link-inspectorrc"
            className="sr-only"
            onChange={(e) => void importFile(e)}
          />
        </label>
        <button type="button" className={buttonClass('secondary', 'sm')} onClick={exportFile}>
          Export settings file
        </button>
      </div>
      {message ? (
        <p
          role={message.ok ? 'status' : 'alert'}
          className={
            message.ok
              ? 'text-xs text-ok-ink'
              : 'rounded-control border border-error-line bg-error-soft p-2 text-xs text-error-ink'
          }
        >
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
