// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAutoCheck, useAutoRun } from './auto-check';

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('useAutoCheck', () => {
  it('is off by default, and remembers being turned on and off across a reload', () => {
    const first = renderHook(() => useAutoCheck());
    expect(first.result.current[0]).toBe(false);
    act(() => first.result.current[1](true));
    expect(first.result.current[0]).toBe(true);
    first.unmount();
    const reloaded = renderHook(() => useAutoCheck());
    expect(reloaded.result.current[0]).toBe(true);
    act(() => reloaded.result.current[1](false));
    reloaded.unmount();
    expect(renderHook(() => useAutoCheck()).result.current[0]).toBe(false);
  });

  it('reads anything but the stored "on" as off', () => {
    localStorage.setItem('eli:online-auto', 'true');
    expect(renderHook(() => useAutoCheck()).result.current[0]).toBe(false);
  });

  it('still turns on for this page when storage refuses to keep it', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const { result } = renderHook(() => useAutoCheck());
    act(() => result.current[1](true));
    expect(result.current[0]).toBe(true);
  });

  it('is off when storage cannot be read', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(renderHook(() => useAutoCheck()).result.current[0]).toBe(false);
  });
});

describe('useAutoRun', () => {
  const props = { on: true, ready: true, inputKey: 'email-1', targets: 3 };

  it('runs the checks once per email, not again on a re-render or a new start function', () => {
    const start = vi.fn();
    const { rerender } = renderHook((p) => useAutoRun(p), { initialProps: { ...props, start } });
    expect(start).toHaveBeenCalledTimes(1);
    rerender({ ...props, start });
    const again = vi.fn();
    rerender({ ...props, targets: 4, start: again });
    expect(start).toHaveBeenCalledTimes(1);
    expect(again).not.toHaveBeenCalled();
    rerender({ ...props, inputKey: 'email-2', start: again });
    expect(again).toHaveBeenCalledTimes(1);
  });

  it('waits for the analysis of the current email to be ready', () => {
    const start = vi.fn();
    const { rerender } = renderHook((p) => useAutoRun(p), {
      initialProps: { ...props, ready: false, start },
    });
    expect(start).not.toHaveBeenCalled();
    rerender({ ...props, ready: true, start });
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('does nothing while the setting is off, and runs for the email on screen when it is turned on', () => {
    const start = vi.fn();
    const { rerender } = renderHook((p) => useAutoRun(p), { initialProps: { ...props, on: false, start } });
    rerender({ ...props, on: false, inputKey: 'email-2', start });
    expect(start).not.toHaveBeenCalled();
    rerender({ ...props, on: true, inputKey: 'email-2', start });
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('does not run for an email without links to check, but does once it has some', () => {
    const start = vi.fn();
    const { rerender } = renderHook((p) => useAutoRun(p), { initialProps: { ...props, targets: 0, start } });
    expect(start).not.toHaveBeenCalled();
    rerender({ ...props, targets: 1, start });
    expect(start).toHaveBeenCalledTimes(1);
  });
});
