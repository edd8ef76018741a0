// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useThrottled } from './use-throttled';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useThrottled', () => {
  it('passes every value on at once when ms is 0', () => {
    const { result, rerender } = renderHook(({ v }) => useThrottled(v, 0), { initialProps: { v: 1 } });
    expect(result.current).toBe(1);
    rerender({ v: 2 });
    expect(result.current).toBe(2);
  });

  it('passes a value on at most once per interval, and then the latest one', () => {
    const { result, rerender } = renderHook(({ v }) => useThrottled(v, 1500), { initialProps: { v: 'a' } });
    act(() => {
      vi.advanceTimersByTime(0);
    });
    expect(result.current).toBe('a');
    act(() => {
      vi.advanceTimersByTime(100);
    });
    rerender({ v: 'b' });
    rerender({ v: 'c' });
    act(() => {
      vi.advanceTimersByTime(1399);
    });
    expect(result.current).toBe('a');
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(result.current).toBe('c');
  });

  it('shows the last value at once when the stream ends (ms back to 0)', () => {
    const { result, rerender } = renderHook(({ v, ms }) => useThrottled(v, ms), {
      initialProps: { v: 1, ms: 1500 },
    });
    rerender({ v: 2, ms: 1500 });
    rerender({ v: 3, ms: 0 });
    expect(result.current).toBe(3);
  });
});
