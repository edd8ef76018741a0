import { useState } from 'react';
import type { SeveritySetting } from '../../../core/types';
import type { RuleInfo } from '../../worker/engine-api';
import { parseHostList, type Settings } from '../../lib/settings';

interface Props {
  settings: Settings;
  update: (patch: Partial<Settings>) => void;
  rules: RuleInfo[];
}

const FIELD = 'rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900';

/** Tracking domains, mode, untracked domains and rule severities. */
export function SettingsPanel({ settings, update, rules }: Props) {
  const [tracking, setTracking] = useState(settings.trackingDomains.join(', '));
  const [allow, setAllow] = useState(settings.allowUntracked.join(', '));
  const setRule = (id: string, value: string): void => {
    const next = Object.fromEntries(Object.entries(settings.rules).filter(([rule]) => rule !== id));
    update({ rules: value === 'default' ? next : { ...next, [id]: value as SeveritySetting } });
  };
  return (
    <details className="rounded border border-slate-300 p-2 text-sm dark:border-slate-600">
      <summary className="cursor-pointer font-semibold">Settings</summary>
      <div className="mt-2 space-y-3">
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
          <span className="text-xs text-slate-600 dark:text-slate-400">
            Naming one judges the email as sent.
          </span>
        </label>
        <label className="flex flex-col">
          <span>Domains left untracked on purpose</span>
          <input
            className={FIELD}
            value={allow}
            onChange={(e) => setAllow(e.target.value)}
            onBlur={() => update({ allowUntracked: parseHostList(allow) })}
            onKeyDown={(e) => e.key === 'Enter' && update({ allowUntracked: parseHostList(allow) })}
          />
        </label>
        <label className="flex flex-col">
          <span>Mode</span>
          <select
            className={FIELD}
            value={settings.mode}
            onChange={(e) => update({ mode: e.target.value as Settings['mode'] })}
          >
            <option value="auto">detect</option>
            <option value="template">template (before sending)</option>
            <option value="sent">sent (links should be tracked)</option>
          </select>
        </label>
        <fieldset>
          <legend className="font-semibold">Rule severities</legend>
          {rules.length === 0 ? <p>Loading the rule list…</p> : null}
          <div className="max-h-64 overflow-auto">
            {rules.map((rule) => (
              <label
                key={rule.id}
                className="flex items-center justify-between gap-2 py-0.5"
                title={rule.summary}
              >
                <span className="font-mono text-xs">{rule.id}</span>
                <select
                  className={FIELD}
                  aria-label={`Severity of ${rule.id}`}
                  value={settings.rules[rule.id] ?? 'default'}
                  onChange={(e) => setRule(rule.id, e.target.value)}
                >
                  <option value="default">default ({rule.defaultSeverity})</option>
                  <option value="error">error</option>
                  <option value="warning">warning</option>
                  <option value="info">info</option>
                  <option value="off">off</option>
                </select>
              </label>
            ))}
          </div>
        </fieldset>
      </div>
    </details>
  );
}
