// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { usePageDrop } from './use-page-drop';

/**
 * A drag event as the browser sends it to the page (happy-dom has no
 * DragEvent): a file drag lists the type "Files", a text drag does not.
 */
function drag(type: 'dragenter' | 'dragleave' | 'dragover' | 'drop', files: File[] = [], types?: string[]) {
  const event = new Event(type, { cancelable: true });
  Object.defineProperty(event, 'dataTransfer', {
    value: { types: types ?? (files.length > 0 ? ['Files'] : ['text/plain']), files },
  });
  act(() => {
    window.dispatchEvent(event);
  });
  return event;
}

const email = new File(['<p>hi</p>'], 'news.html', { type: 'text/html' });

describe('usePageDrop', () => {
  it('shows the drop zone while a file is over the page, through the enter and leave of nested elements', () => {
    const onFile = vi.fn();
    const { result } = renderHook(() => usePageDrop(onFile));
    expect(result.current).toBe(false);
    drag('dragenter', [email]);
    drag('dragenter', [email]);
    expect(result.current).toBe(true);
    drag('dragleave', [email]);
    expect(result.current).toBe(true);
    drag('dragleave', [email]);
    expect(result.current).toBe(false);
    // A stray leave does not make the count negative: the next enter shows the zone again.
    drag('dragleave', [email]);
    drag('dragenter', [email]);
    expect(result.current).toBe(true);
  });

  it('ignores text or links dragged over the page', () => {
    const onFile = vi.fn();
    const { result } = renderHook(() => usePageDrop(onFile));
    drag('dragenter');
    expect(result.current).toBe(false);
    expect(drag('dragover').defaultPrevented).toBe(false);
  });

  it('lets a file be dropped (dragover taken) and hands the first file over, hiding the zone', () => {
    const onFile = vi.fn();
    const { result } = renderHook(() => usePageDrop(onFile));
    drag('dragenter', [email]);
    drag('dragenter', [email]);
    expect(drag('dragover', [email]).defaultPrevented).toBe(true);
    const second = new File(['x'], 'other.html');
    const drop = drag('drop', [email, second]);
    expect(onFile).toHaveBeenCalledTimes(1);
    expect(onFile).toHaveBeenCalledWith(email);
    expect(drop.defaultPrevented).toBe(true);
    expect(result.current).toBe(false);
    // The count started again: one enter and one leave make a full round.
    drag('dragenter', [email]);
    drag('dragleave', [email]);
    expect(result.current).toBe(false);
  });

  it('hides the zone on a drop without a file, leaving the drop to the browser', () => {
    const onFile = vi.fn();
    const { result } = renderHook(() => usePageDrop(onFile));
    drag('dragenter', [email]);
    const drop = drag('drop', [], ['Files']);
    expect(onFile).not.toHaveBeenCalled();
    expect(drop.defaultPrevented).toBe(false);
    expect(result.current).toBe(false);
  });

  it('stops listening when the page unmounts it', () => {
    const onFile = vi.fn();
    const { unmount } = renderHook(() => usePageDrop(onFile));
    unmount();
    drag('drop', [email]);
    expect(onFile).not.toHaveBeenCalled();
  });
});
