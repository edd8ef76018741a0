// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import type { Window as HappyWindow } from 'happy-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './settings';
import { useSettings } from './use-settings';

const KEY = 'eli:settings';

/** The operating system's colour scheme, as happy-dom reports it to matchMedia (a resize re-evaluates queries). */
function systemScheme(scheme: 'light' | 'dark'): void {
  (window as unknown as HappyWindow).happyDOM.settings.device.prefersColorScheme = scheme;
  window.dispatchEvent(new Event('resize'));
}

beforeEach(() => {
  localStorage.clear();
  systemScheme('light');
  document.documentElement.className = '';
  document.documentElement.style.colorScheme = '';
});

describe('useSettings', () => {
  it('starts from the defaults, and fills what a stored older version lacks from them', () => {
    expect(renderHook(() => useSettings()).result.current[0]).toEqual(DEFAULT_SETTINGS);
    localStorage.setItem(KEY, JSON.stringify({ mode: 'sent' }));
    expect(renderHook(() => useSettings()).result.current[0]).toEqual({ ...DEFAULT_SETTINGS, mode: 'sent' });
  });

  it('falls back to the defaults when the stored settings are not JSON', () => {
    localStorage.setItem(KEY, '{not json');
    expect(renderHook(() => useSettings()).result.current[0]).toEqual(DEFAULT_SETTINGS);
  });

  it('applies a change as a patch and keeps it across a reload', () => {
    const first = renderHook(() => useSettings());
    act(() => first.result.current[1]({ trackingDomains: ['click.example.com'] }));
    act(() => first.result.current[1]({ mode: 'template' }));
    expect(first.result.current[0]).toMatchObject({
      trackingDomains: ['click.example.com'],
      mode: 'template',
    });
    first.unmount();
    const reloaded = renderHook(() => useSettings());
    expect(reloaded.result.current[0]).toEqual({
      ...DEFAULT_SETTINGS,
      trackingDomains: ['click.example.com'],
      mode: 'template',
    });
  });

  it('puts the chosen theme on the page', () => {
    const { result } = renderHook(() => useSettings());
    const root = document.documentElement;
    act(() => result.current[1]({ theme: 'dark' }));
    expect(root.classList.contains('dark')).toBe(true);
    expect(root.style.colorScheme).toBe('dark');
    act(() => result.current[1]({ theme: 'light' }));
    expect(root.classList.contains('dark')).toBe(false);
    expect(root.style.colorScheme).toBe('light');
  });

  it('follows the operating system while the theme is "system", and stops when another is chosen', () => {
    const { result } = renderHook(() => useSettings());
    const root = document.documentElement;
    expect(root.classList.contains('dark')).toBe(false);
    act(() => systemScheme('dark'));
    expect(root.classList.contains('dark')).toBe(true);
    expect(root.style.colorScheme).toBe('dark');
    act(() => result.current[1]({ theme: 'light' }));
    expect(root.classList.contains('dark')).toBe(false);
    act(() => systemScheme('light'));
    act(() => systemScheme('dark'));
    expect(root.classList.contains('dark')).toBe(false);
  });
});
