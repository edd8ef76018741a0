import { useCallback, useEffect, useState } from 'react';
import { loadLocal, saveLocal } from '../../lib/persist';
import { DEFAULT_SETTINGS, type Settings } from './settings';

const KEY = 'eli:settings';

export function useSettings(): [Settings, (patch: Partial<Settings>) => void] {
  const [settings, setSettings] = useState<Settings>(() => loadLocal(KEY, DEFAULT_SETTINGS));
  useEffect(() => saveLocal(KEY, settings), [settings]);
  useEffect(() => {
    const root = document.documentElement;
    const dark =
      settings.theme === 'dark' ||
      (settings.theme === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
    root.classList.toggle('dark', dark);
    root.style.colorScheme = dark ? 'dark' : 'light';
  }, [settings.theme]);
  const update = useCallback((patch: Partial<Settings>) => setSettings((s) => ({ ...s, ...patch })), []);
  return [settings, update];
}
