import type { AnalyzeOptions, SeveritySetting } from '../../core/types';

/** What the user sets; kept in localStorage. */
export interface Settings {
  trackingDomains: string[];
  allowUntracked: string[];
  mode: 'auto' | 'sent' | 'template';
  rules: Record<string, SeveritySetting>;
  remoteImages: boolean;
  previewWidth: 'desktop' | 'mobile';
  theme: 'system' | 'light' | 'dark';
}

export const DEFAULT_SETTINGS: Settings = {
  trackingDomains: [],
  allowUntracked: [],
  mode: 'auto',
  rules: {},
  remoteImages: false,
  previewWidth: 'desktop',
  theme: 'system',
};

/** The part of the settings the analysis depends on. */
export function toAnalyzeOptions(settings: Settings): AnalyzeOptions {
  return {
    ...(settings.trackingDomains.length ? { trackingDomains: settings.trackingDomains } : {}),
    ...(settings.allowUntracked.length ? { allowUntracked: settings.allowUntracked } : {}),
    ...(settings.mode !== 'auto' ? { mode: settings.mode } : {}),
    ...(Object.keys(settings.rules).length ? { rules: settings.rules } : {}),
  };
}

/** Host names from free text: split on commas and white space, lowercased, without scheme or path. */
export function parseHostList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((h) =>
      h
        .trim()
        .toLowerCase()
        .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
        .replace(/[/?#].*$/, ''),
    )
    .filter((h) => h !== '');
}
