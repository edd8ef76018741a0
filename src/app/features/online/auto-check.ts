import { useCallback, useState } from 'react';

const KEY = 'eli:online-auto';

/** The opt-in "check links online automatically" setting (localStorage; off by default). */
export function useAutoCheck(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => {
    try {
      return localStorage.getItem(KEY) === '1';
    } catch {
      return false;
    }
  });
  const set = useCallback((value: boolean) => {
    setOn(value);
    try {
      localStorage.setItem(KEY, value ? '1' : '0');
    } catch {
      // Storage refused (private mode): the setting lasts for this page only.
    }
  }, []);
  return [on, set];
}
