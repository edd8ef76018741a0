import { useCallback, useEffect, useState } from 'react';
import { loadLocal, saveLocal } from './persist';
import { DEFAULT_SETTINGS, type Settings } from './settings';

const KEY = 'eli:settings';

export function useSettings(): [Settings, (patch: Partial<Settings>) => void] {
  const [settings, setSettings] = useState<Settings>(() => loadLocal(KEY, DEFAULT_SETTINGS));
  useEffect(() => saveLocal(KEY, settings), [settings]);
  useEffect(() => {
    const root = document.documentElement;
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = (): void => {
      const dark = settings.theme === 'dark' || (settings.theme === 'system' && query.matches);
      root.classList.toggle('dark', dark);
      root.style.colorScheme = dark ? 'dark' : 'light';
    };
    apply();
    // "system" follows the operating system when it switches.
    query.addEventListener('change', apply);
    return () => query.removeEventListener('change', apply);
  }, [settings.theme]);
  const update = useCallback((patch: Partial<Settings>) => setSettings((s) => ({ ...s, ...patch })), []);
  return [settings, update];
}
