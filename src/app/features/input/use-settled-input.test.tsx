// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoredInput } from '../../lib/persist';
import { LARGE_INPUT, useSettledInput } from './use-settled-input';

const input = (text: string): StoredInput => ({ text, name: 'pasted.html', kind: 'html' });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useSettledInput', () => {
  it('waits 150 ms after the last keystroke, and starts over on each one', () => {
    const { result, rerender } = renderHook(({ i, typed }) => useSettledInput(i, typed), {
      initialProps: { i: input('<p>a'), typed: true },
    });
    rerender({ i: input('<p>ab'), typed: true });
    act(() => {
      vi.advanceTimersByTime(100);
    });
    rerender({ i: input('<p>abc'), typed: true });
    act(() => {
      vi.advanceTimersByTime(149);
    });
    expect(result.current.text).toBe('<p>a');
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(result.current.text).toBe('<p>abc');
  });

  it('waits 400 ms while typing in a large email', () => {
    const big = 'x'.repeat(LARGE_INPUT + 1);
    const { result, rerender } = renderHook(({ i, typed }) => useSettledInput(i, typed), {
      initialProps: { i: input(big), typed: false },
    });
    rerender({ i: input(`${big}y`), typed: true });
    act(() => {
      vi.advanceTimersByTime(150);
    });
    expect(result.current.text).toBe(big);
    act(() => {
      vi.advanceTimersByTime(250);
    });
    expect(result.current.text).toBe(`${big}y`);
  });

  it('lets a paste, upload or fix through without the typing delay', () => {
    const { result, rerender } = renderHook(({ i, typed }) => useSettledInput(i, typed), {
      initialProps: { i: input('<p>old'), typed: true },
    });
    rerender({ i: input('<p>pasted'), typed: false });
    act(() => {
      vi.advanceTimersByTime(0);
    });
    expect(result.current.text).toBe('<p>pasted');
  });
});
