import { useState } from 'react';
import type { SeveritySetting } from '../../../core/types';
import type { RuleInfo } from '../../worker/engine-api';
import { parseHostList, type Settings } from '../../lib/settings';
import { SettingsFile } from './settings-file';

interface Props {
  settings: Settings;
  update: (patch: Partial<Settings>) => void;
  rules: RuleInfo[];
}

const FIELD = 'h-9 rounded-control border border-line bg-surface px-2 text-sm text-ink';

const WORD = { error: 'problem', warning: 'warning', info: 'note' } as const;

/** Tracking domains, mode, untracked domains and rule severities; the settings file in and out. */
export function SettingsPanel({ settings, update, rules }: Props) {
  const [imports, setImports] = useState(0);
  return (
    <div className="space-y-3">
      <SettingsFile
        settings={settings}
        update={update}
        ruleIds={rules.map((r) => r.id)}
        onImported={() => setImports((n) => n + 1)}
      />
      <SettingsFields key={imports} settings={settings} update={update} rules={rules} />
    </div>
  );
}

function SettingsFields({ settings, update, rules }: Props) {
  const [tracking, setTracking] = useState(settings.trackingDomains.join(', '));
  const [allow, setAllow] = useState(settings.allowUntracked.join(', '));
  const setRule = (id: string, value: string): void => {
    const next = Object.fromEntries(Object.entries(settings.rules).filter(([rule]) => rule !== id));
    update({ rules: value === 'default' ? next : { ...next, [id]: value as SeveritySetting } });
  };
  return (
    <div className="text-sm">
      <div className="space-y-4">
        <label className="flex flex-col">
          <span>Tracking domain(s)</span>
          <input
            className={FIELD}
            value={tracking}
            placeholder="click.example.com"
            onChange={(e) => setTracking(e.target.value)}
            onBlur={() => update({ trackingDomains: parseHostList(tracking) })}
            onKeyDown={(e) => e.key === 'Enter' && update({ trackingDomains: parseHostList(tracking) })}
          />
          <span className="text-xs text-ink-muted">
            The domain your email platform rewrites links to. Naming one judges the email as sent.
          </span>
        </label>
        <label className="flex flex-col">
          <span>Domains left untracked on purpose</span>
          <input
            placeholder="help.example.com"
            className={FIELD}
            value={allow}
            onChange={(e) => setAllow(e.target.value)}
            onBlur={() => update({ allowUntracked: parseHostList(allow) })}
            onKeyDown={(e) => e.key === 'Enter' && update({ allowUntracked: parseHostList(allow) })}
          />
          <span className="text-xs text-ink-muted">
            Links to these domains are not reported as untracked.
          </span>
        </label>
        <label className="flex flex-col">
          <span>Mode</span>
          <select
            className={FIELD}
            value={settings.mode}
            onChange={(e) => update({ mode: e.target.value as Settings['mode'] })}
          >
            <option value="auto">Detect from the email</option>
            <option value="template">Template, before sending</option>
            <option value="sent">Sent email (links should be tracked)</option>
          </select>
        </label>
        <fieldset>
          <legend className="font-semibold">How strict each check is</legend>
          {rules.length === 0 ? <p>Loading the rule list…</p> : null}
          <div className="mt-1 max-h-72 overflow-auto rounded-control border border-line px-2">
            {rules.map((rule) => (
              <label
                key={rule.id}
                className="flex items-center justify-between gap-2 py-0.5"
                title={rule.summary}
              >
                <span className="min-w-0">
                  <span className="block truncate">{rule.summary}</span>
                  <span className="block font-mono text-2xs text-ink-muted">{rule.id}</span>
                </span>
                <select
                  className={FIELD}
                  aria-label={`Severity of ${rule.id}`}
                  value={settings.rules[rule.id] ?? 'default'}
                  onChange={(e) => setRule(rule.id, e.target.value)}
                >
                  <option value="default">Default ({WORD[rule.defaultSeverity]})</option>
                  <option value="error">Problem</option>
                  <option value="warning">Warning</option>
                  <option value="info">Note</option>
                  <option value="off">Off</option>
                </select>
              </label>
            ))}
          </div>
        </fieldset>
      </div>
    </div>
  );
}
