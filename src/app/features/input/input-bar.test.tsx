// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { InputBar } from './input-bar';

const noop = (): void => undefined;

function bar(text: string) {
  return (
    <InputBar
      text={text}
      name="news.html"
      kind="html"
      onText={noop}
      onFile={noop}
      onSample={noop}
      onClear={noop}
    />
  );
}

describe('InputBar', () => {
  it('gives the size of the email in UTF-8 bytes, as it is sent', () => {
    // 2,048 characters of two bytes each: 4 KB, not the 2 KB of its length.
    const { rerender } = render(bar('é'.repeat(2048)));
    expect(screen.getByText(/4 KB · HTML/)).toBeTruthy();
    rerender(bar('a'.repeat(3 * 1024 * 1024 + 200 * 1024)));
    expect(screen.getByText(/3\.2 MB · HTML/)).toBeTruthy();
  });
});
