import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { formatText } from '../report/format-text';
import { declaredCharsetOf, readMislabelledUtf8 } from './mislabelled-charset';
import { readInput } from './read-input';

/** A made-up message whose HTML part is labelled `charset` and carries `body` as raw bytes (8bit). */
function message(charset: string, body: Uint8Array): Uint8Array {
  const head = new TextEncoder().encode(
    `From: News <news@shop.example.com>\r\nSubject: Hi\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=${charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`,
  );
  const out = new Uint8Array(head.length + body.length);
  out.set(head);
  out.set(body, head.length);
  return out;
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const HTML = '<p>Café · Straße — “quoted”</p><a href="https://shop.example.com/">Shop</a>';

describe('mislabelled charsets', () => {
  it.each(['us-ascii', 'iso-8859-1', '"ISO-8859-1"', 'windows-1252'])(
    'reads a part labelled %s whose bytes are UTF-8 as UTF-8, and says so',
    async (label) => {
      const read = await readInput(message(label, utf8(HTML)), { kind: 'eml' });
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      expect(read.input.html).toContain('Café · Straße — “quoted”');
      expect(read.input.charset).toEqual({ declared: label.replace(/"/g, '').toLowerCase(), used: 'utf-8' });
    },
  );

  it('leaves a real ISO-8859-1 part alone (its bytes are not valid UTF-8)', async () => {
    const latin1 = Uint8Array.from(
      [...'<p>Caf', 0xe9, ...' au lait</p>'].map((c) => (typeof c === 'number' ? c : c.charCodeAt(0))),
    );
    const read = await readInput(message('iso-8859-1', latin1), { kind: 'eml' });
    expect(read.ok && read.input.html).toContain('Café au lait');
    expect(read.ok && read.input.charset).toBeNull();
  });

  it('leaves a part labelled UTF-8 alone, even when its text looks double-encoded', async () => {
    const read = await readInput(message('utf-8', utf8('<p>it\u00e2\u20ac\u2122s</p>')), { kind: 'eml' });
    expect(read.ok && read.input.html).toContain('it\u00e2\u20ac\u2122s');
    expect(read.ok && read.input.charset).toBeNull();
  });

  it('puts the fix in the report and the text output', async () => {
    const r = await analyze(message('us-ascii', utf8(HTML)), { kind: 'eml', name: 'news.eml' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report.input.charset).toEqual({ declared: 'us-ascii', used: 'utf-8' });
    expect(formatText(r.report)).toContain(
      'The message says its text is us-ascii, but the bytes are UTF-8: read as UTF-8',
    );
  });

  it('needs a legacy label and at least one non-ASCII character', () => {
    expect(readMislabelledUtf8('plain ascii', 'us-ascii')).toBeNull();
    expect(readMislabelledUtf8('Caf\u00c3\u00a9', 'utf-8')).toBeNull();
    expect(readMislabelledUtf8('Caf\u00c3\u00a9', 'us-ascii')?.text).toBe('Café');
  });

  it('reads the label of the first text/html part, folded or quoted', () => {
    const raw =
      'Content-Type: multipart/alternative; boundary=x\r\n\r\n--x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nhi\r\n--x\r\nContent-Type: text/html;\r\n\tcharset="US-ASCII"\r\n\r\n<p>hi</p>';
    expect(declaredCharsetOf(raw, 'html')).toBe('US-ASCII');
    expect(declaredCharsetOf(raw, 'plain')).toBe('utf-8');
    expect(declaredCharsetOf('Subject: x\r\n\r\nhi', 'html')).toBeNull();
  });
});
