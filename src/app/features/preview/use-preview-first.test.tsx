// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { analyzeHtml } from '../../../core/analyze';
import type { Report } from '../../../core/types';
import { usePreviewFirst } from './use-preview-first';

const first = { report: analyzeHtml('<a href="https://shop.example.com/a">Shop</a>') };
const second = { report: analyzeHtml('<a href="/b">B</a>') };
const third = { report: analyzeHtml('<a href="https://shop.example.com/c">C</a>') };
type Analysed = { report: Report };

describe('usePreviewFirst', () => {
  it('hands the first report to the page at once: there is no preview to wait for', () => {
    const { result } = renderHook(() => usePreviewFirst<Analysed>(first, 60_000));
    expect(result.current.forPage).toBe(first);
  });

  it('keeps the report before a new one on the page until the preview shows the new one', async () => {
    const { result, rerender } = renderHook(({ latest }) => usePreviewFirst<Analysed>(latest, 60_000), {
      initialProps: { latest: first as Analysed | undefined },
    });
    rerender({ latest: second });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(result.current.forPage).toBe(first);
    // The preview showing another report (the one before) lets nothing through.
    act(() => result.current.shown(first.report));
    expect(result.current.forPage).toBe(first);
    act(() => result.current.shown(second.report));
    await waitFor(() => expect(result.current.forPage).toBe(second));
  });

  it('hands a new report to the page after the wait even when the preview never shows it', async () => {
    const { result, rerender } = renderHook(({ latest }) => usePreviewFirst<Analysed>(latest, 30), {
      initialProps: { latest: first as Analysed | undefined },
    });
    rerender({ latest: second });
    expect(result.current.forPage).toBe(first);
    await waitFor(() => expect(result.current.forPage).toBe(second));
    // Another report while the last wait ran: it waits afresh, then goes through too.
    rerender({ latest: third });
    expect(result.current.forPage).toBe(second);
    await waitFor(() => expect(result.current.forPage).toBe(third));
  });

  it('clears the page at once when there is no report any more', () => {
    const { result, rerender } = renderHook(({ latest }) => usePreviewFirst<Analysed>(latest, 60_000), {
      initialProps: { latest: first as Analysed | undefined },
    });
    rerender({ latest: undefined });
    expect(result.current.forPage).toBeUndefined();
  });
});
