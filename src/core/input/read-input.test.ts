import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  MAX_INPUT_BYTES,
  looksLikeMessage,
  readInput,
  type EmailInput,
  type InputProblem,
} from './read-input';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))));

async function ok(data: string | Uint8Array, options?: Parameters<typeof readInput>[1]): Promise<EmailInput> {
  const r = await readInput(data, options);
  if (!r.ok) throw new Error(`expected the input to be read, got ${r.error.code}: ${r.error.message}`);
  return r.input;
}

async function problem(
  data: string | Uint8Array,
  options?: Parameters<typeof readInput>[1],
): Promise<InputProblem> {
  const r = await readInput(data, options);
  if (r.ok) throw new Error('expected a problem');
  return r.error;
}

describe('readInput: HTML', () => {
  it('reads HTML text as it is', async () => {
    const html = '<p><a href="https://shop.example.com/">Shop</a></p>';
    const input = await ok(html, { name: 'promo.html' });
    expect(input).toMatchObject({
      kind: 'html',
      html,
      bytes: html.length,
      sender: null,
      headers: [],
      fromText: false,
    });
  });

  it('reads UTF-8 bytes and counts bytes, not characters', async () => {
    const html = '<p>Grüße €</p>';
    const input = await ok(new TextEncoder().encode(html), { name: 'x.htm' });
    expect(input.html).toBe(html);
    expect(input.bytes).toBe(new TextEncoder().encode(html).byteLength);
  });

  it('reads a legacy-charset HTML file by its meta charset', async () => {
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode('<meta charset="iso-8859-1"><p>Caf'),
      0xe9,
      ...new TextEncoder().encode('</p>'),
    ]);
    expect((await ok(bytes, { name: 'old.html' })).html).toContain('Café');
  });

  it('reads UTF-16 HTML with a byte-order mark', async () => {
    const html = '<p><a href="https://shop.example.com/">Grüße</a></p>';
    const le = Uint8Array.from([
      0xff,
      0xfe,
      ...Array.from(html).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    const be = Uint8Array.from([
      0xfe,
      0xff,
      ...Array.from(html).flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]),
    ]);
    expect((await ok(le, { name: 'w.html' })).html).toBe(html);
    expect((await ok(be, { name: 'w.html' })).html).toBe(html);
  });

  it('reads Windows-1252 bytes without a declared charset', async () => {
    const bytes = Uint8Array.from([0x3c, 0x70, 0x3e, 0x93, 0x48, 0x69, 0x94, 0x20, 0x80]);
    expect((await ok(bytes)).html).toBe('<p>“Hi” €');
  });
});

describe('readInput: .eml', () => {
  it('chooses the HTML part of multipart/alternative', async () => {
    const input = await ok(fixture('multipart-alternative.eml'), { name: 'm.eml' });
    expect(input.kind).toBe('eml');
    expect(input.html).toContain('<a href="https://shop.example.com/a">the shop</a>');
    expect(input.html).not.toContain('text-part');
    expect(input.fromText).toBe(false);
    expect(input.sender).toMatchObject({
      from: 'news@shop.example.com',
      domain: 'shop.example.com',
      subject: 'Multipart alternative',
    });
  });

  it('decodes quoted-printable: soft breaks and =3D disappear from links', async () => {
    const input = await ok(fixture('sendgrid-branded-qp.eml'), { name: 'promo.eml' });
    expect(input.html).toContain(
      'href="https://click.shop.example.com/ls/click?upn=u001.Qk2Zb7yW9cJ3vX1-2FhT8nLpQm4R6sD0eA5gK7uV2wY9zB3xC8fH1jN6tM4qP0rS5dE2gI7kL9oU3yW1-3D-3DaB12_XyZ9hQw"',
    );
    expect(input.html).not.toMatch(/=\r?\n|=3D/);
  });

  it('extracts DKIM-Signature d=/s=, List-Unsubscribe and List-Unsubscribe-Post', async () => {
    const input = await ok(fixture('sendgrid-branded-qp.eml'), { name: 'promo.eml' });
    expect(input.sender).toMatchObject({
      from: 'news@mail.shop.example.com',
      domain: 'mail.shop.example.com',
      dkim: [
        { domain: 'shop.example.com', selector: 's1' },
        { domain: 'sendgrid.info', selector: 'smtpapi' },
      ],
      listUnsubscribe: [
        'https://click.shop.example.com/asm/unsubscribe/?user_id=4711&data=Zm9vYmFy',
        'mailto:unsubscribe@mail.shop.example.com?subject=4711',
      ],
      listUnsubscribePost: 'List-Unsubscribe=One-Click',
      subject: 'Winter coats, 30% off',
    });
    expect(input.headers.some((h) => h.key === 'x-sg-eid')).toBe(true);
  });

  it('decodes a base64 HTML body and an encoded-word subject', async () => {
    const input = await ok(fixture('base64-html.eml'), { name: 'b.eml' });
    expect(input.html).toContain(
      'Grüße aus dem <a href="https://shop.example.com/b64">Laden</a> – bis bald.',
    );
    expect(input.sender?.subject).toBe('Grüße');
  });

  it('decodes ISO-8859-1 quoted-printable', async () => {
    const input = await ok(fixture('iso-8859-1-qp.eml'), { name: 'l.eml' });
    expect(input.html).toContain('Café crème');
    expect(input.html).toContain('href="https://shop.example.com/café"');
  });

  it('decodes Windows-1252 8bit bodies (curly quotes, euro sign, dash)', async () => {
    const input = await ok(fixture('windows-1252.eml'), { name: 'w.eml' });
    expect(input.html).toContain('“Winter” deals from €50 – ');
  });

  it('turns a text-only message into linkified HTML', async () => {
    const input = await ok(fixture('text-only.eml'), { name: 't.eml' });
    expect(input.fromText).toBe(true);
    expect(input.html).toContain(
      '<a href="https://shop.example.com/new-range">https://shop.example.com/new-range</a>',
    );
    expect(input.html).toContain('<a href="http://www.shop.example.com/sale">www.shop.example.com/sale</a>.');
    expect(input.html).toContain('<a href="https://shop.example.com/unsubscribe?u=1">');
  });

  it('sniffs a message given as text without a file name', async () => {
    const text = new TextDecoder().decode(fixture('multipart-alternative.eml'));
    expect(looksLikeMessage(text)).toBe(true);
    const input = await ok(text);
    expect(input.kind).toBe('eml');
    expect(input.html).toContain('https://shop.example.com/a');
  });

  it('sniffs a message saved from an mbox file (a leading "From " line)', async () => {
    const text = `From news@shop.example.com Mon Nov 23 09:00:00 2026\n${new TextDecoder().decode(fixture('multipart-alternative.eml'))}`;
    const input = await ok(text);
    expect(input.kind).toBe('eml');
    expect(input.sender?.from).toBe('news@shop.example.com');
  });

  it('does not take HTML or prose for a message', async () => {
    expect(looksLikeMessage('<!DOCTYPE html><html><body>Hi</body></html>')).toBe(false);
    expect(looksLikeMessage('Note: this is not an email\n\nJust text.')).toBe(false);
    expect((await ok('<p>From: me</p>')).kind).toBe('html');
  });

  it('honours an explicit kind over the name', async () => {
    const text = new TextDecoder().decode(fixture('multipart-alternative.eml'));
    expect((await ok(text, { name: 'x.html', kind: 'eml' })).kind).toBe('eml');
    expect((await ok(text, { name: 'x.eml', kind: 'html' })).kind).toBe('html');
  });
});

describe('readInput: what it refuses', () => {
  it('refuses inputs over 20 MB', async () => {
    const big = new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x61);
    const e = await problem(big);
    expect(e.code).toBe('too-large');
    expect(e.message).toContain('the limit is 20 MB');
  });

  it('accepts exactly 20 MB', async () => {
    const r = await readInput(new Uint8Array(MAX_INPUT_BYTES).fill(0x61), { name: 'x.html' });
    expect(r.ok).toBe(true);
  });

  it('refuses NUL bytes, in bytes and in text', async () => {
    expect((await problem(Uint8Array.from([0x3c, 0x70, 0x00, 0x3e]))).code).toBe('binary');
    const e = await problem('<p>\u0000</p>');
    expect(e.code).toBe('binary');
    expect(e.message).toContain('not a text file');
  });

  it('refuses bytes that are not text', async () => {
    const bytes = Uint8Array.from(
      { length: 400 },
      (_, i) => [0x01, 0x02, 0xff, 0xfe, 0x1b, 0x90][i % 6] ?? 1,
    );
    expect((await problem(bytes)).code).toBe('binary');
  });

  it('refuses empty and blank input', async () => {
    for (const data of ['', '  \n\t ', new Uint8Array(0)]) {
      const e = await problem(data);
      expect(e.code).toBe('empty');
      expect(e.message).toContain('empty');
    }
  });

  it('refuses a message without an HTML or text part', async () => {
    const e = await problem(fixture('attachment-only.eml'), { name: 'invoice.eml' });
    expect(e.code).toBe('no-body');
    expect(e.message).toContain('no HTML or text part');
  });
});
