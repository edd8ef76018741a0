// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act, renderHook, waitFor } from '@testing-library/react';
import { Blob as NodeBlob } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idbSet } from '../../lib/persist';
import { runEngineInProcess } from '../../worker/in-process-worker.test-helpers';
import { SAMPLES } from './samples';
import { useEmailInput } from './use-email-input';

runEngineInProcess();
// A large draft is stored as a Blob: IndexedDB (fake-indexeddb, Node's structured clone) keeps Node's, not happy-dom's.
vi.stubGlobal('Blob', NodeBlob);

const EMAIL = `<!DOCTYPE html><html><body>${'<p><a href="https://shop.example.com/a">Shop</a></p>'.repeat(5)}</body></html>`;
const OTHER =
  'From: news@mail.example.org\nSubject: Hello\nContent-Type: text/html\n\n<p><a href="https://example.org/x">X</a></p>';

/** The page as it loads: the hook, once the stored drafts have been read and the first state saved. */
async function load() {
  const hook = renderHook(() => useEmailInput());
  await waitFor(() => expect(hook.result.current.saved).toBe(true));
  return hook;
}

beforeEach(async () => {
  localStorage.clear();
  // A large draft of an earlier test lives in IndexedDB, under this tab's key.
  await idbSet(`eli:input:${sessionStorage.getItem('eli:tab') ?? ''}`, undefined);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useEmailInput', () => {
  it('starts empty, and a reload finds the email pasted before it', async () => {
    const first = await load();
    expect(first.result.current.input).toEqual({ text: '', name: 'input.html' });
    act(() => first.result.current.setText(EMAIL, 'insertFromPaste', true));
    await waitFor(() => expect(first.result.current.saved).toBe(true));
    first.unmount();
    const reloaded = renderHook(() => useEmailInput());
    // Read synchronously from localStorage: the first render already shows it.
    expect(reloaded.result.current.input.text).toBe(EMAIL);
  });

  it('saves typing after a pause of 300 ms, each keystroke starting the wait again; a paste at once', async () => {
    const { result } = await load();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    act(() => result.current.setText('<p>a', 'insertText'));
    expect(result.current).toMatchObject({ typed: true, saved: false });
    await act(() => vi.advanceTimersByTimeAsync(200));
    act(() => result.current.setText('<p>ab', 'insertText'));
    await act(() => vi.advanceTimersByTimeAsync(299));
    expect(result.current.saved).toBe(false);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(result.current).toMatchObject({ saved: true, input: { text: '<p>ab' } });
    act(() => result.current.setText(`<p>ab${'<p>pasted'.repeat(3)}`, 'insertFromPaste'));
    expect(result.current.typed).toBe(false);
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(result.current.saved).toBe(true);
  });

  it('keeps what was typed but not yet saved when the page is left', async () => {
    const first = await load();
    act(() => first.result.current.setText('<p>typed just now', 'insertText'));
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    first.unmount();
    expect(renderHook(() => useEmailInput()).result.current.input.text).toBe('<p>typed just now');
  });

  it('counts another email (a sample, a paste over everything, clear), not an edit or a fix of the same one', async () => {
    const { result } = await load();
    const sample = SAMPLES[0];
    if (!sample) throw new Error('no sample');
    act(() => result.current.loadSample(sample));
    expect(result.current.generation).toBe(1);
    expect(result.current.input).toEqual({ text: sample.text, name: sample.name });
    act(() => result.current.setText(`${sample.text}<p>one more line</p>`, 'insertText'));
    act(() =>
      result.current.replace({ text: sample.text.replace('http://', 'https://'), name: sample.name }),
    );
    expect(result.current.generation).toBe(1);
    expect(result.current.input.name).toBe(sample.name);
    // Another email pasted over the sample: it no longer carries the sample's name.
    act(() => result.current.setText(OTHER, 'insertFromPaste', true));
    expect(result.current.generation).toBe(2);
    expect(result.current.input).toEqual({ text: OTHER, name: 'input.html' });
    // Pasting the same text over itself is not another email.
    act(() => result.current.setText(OTHER, 'insertFromPaste', true));
    expect(result.current.generation).toBe(2);
    act(() => result.current.clear());
    expect(result.current.generation).toBe(3);
    expect(result.current.input).toEqual({ text: '', name: 'input.html' });
  });

  it('loads a dropped or picked file as another email, read by the engine with its name and kind', async () => {
    const { result } = await load();
    const file = new File([OTHER], 'weekly.eml', { type: 'message/rfc822' });
    await act(() => result.current.loadFile(file));
    expect(result.current.input).toEqual({ text: OTHER, name: 'weekly.eml', kind: 'eml' });
    expect(result.current).toMatchObject({ generation: 1, fileMessage: null, typed: false });
  });

  it('leaves the email as it was when a file cannot be used, and says why until a paste or dismissal', async () => {
    const { result } = await load();
    act(() => result.current.setText(EMAIL, 'insertFromPaste', true));
    const before = result.current.input;
    await act(() => result.current.loadFile(new File(['%PDF-1.7'], 'brochure.pdf')));
    expect(result.current.input).toBe(before);
    expect(result.current.generation).toBe(1);
    expect(result.current.fileMessage).toMatch(/^brochure\.pdf is not an email file/);
    await act(() => result.current.loadFile(new File(['GIF89a\u0000\u0000\u0001\u0002'], 'pixel.html')));
    expect(result.current.fileMessage).toMatch(/^pixel\.html: This is not a text file/);
    expect(result.current.input).toBe(before);
    act(() => result.current.dismissMessage());
    expect(result.current.fileMessage).toBeNull();
    await act(() => result.current.loadFile(new File([''], 'empty.html')));
    expect(result.current.fileMessage).toMatch(/empty/);
    act(() => result.current.setText(`${EMAIL}<p>edit</p>`, 'insertText'));
    expect(result.current.fileMessage).toBeNull();
  });

  it('keeps a large pasted email in IndexedDB, where a reload finds it', async () => {
    const first = await load();
    const large = `<p>${'<a href="https://shop.example.com/a">Shop</a> '.repeat(25_000)}</p>`;
    expect(large.length).toBeGreaterThan(1_000_000);
    act(() => first.result.current.setText(large, 'insertFromPaste', true));
    await waitFor(() => expect(first.result.current.saved).toBe(true));
    expect(localStorage.getItem(`eli:input:${sessionStorage.getItem('eli:tab') ?? ''}`)).not.toContain(
      'Shop',
    );
    first.unmount();
    const reloaded = renderHook(() => useEmailInput());
    await waitFor(() => expect(reloaded.result.current.input.text).toBe(large));
    expect(reloaded.result.current.generation).toBe(0);
  });
});
