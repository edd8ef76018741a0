import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFix } from './fix-command';
import { parseFixArgs, type FixOptions } from './parse-fix-args';

const HTML = [
  '<html><body>',
  '<a href=" https://shop.example.com/coats">Coats</a>',
  '<a href="www.shop.example.com/hats?utm_source=News">Hats</a>',
  '<a href="http://shop.example.com/old">Old</a>',
  '</body></html>',
  '',
].join('\n');

const options = (argv: string[]): FixOptions => {
  const parsed = parseFixArgs(argv);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.options;
};

describe('fix command', () => {
  it('prints a unified diff of the safe fixes and names what it did not apply', async () => {
    const out = await runFix(options(['promo.html']), {
      name: 'promo.html',
      data: new TextEncoder().encode(HTML),
    });
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toContain('--- promo.html');
    expect(out.stdout).toContain('-<a href=" https://shop.example.com/coats">Coats</a>');
    expect(out.stdout).toContain('+<a href="https://shop.example.com/coats">Coats</a>');
    expect(out.stdout).toContain('+<a href="https://www.shop.example.com/hats?utm_source=News">Hats</a>');
    expect(out.stdout).not.toContain('+<a href="https://shop.example.com/old">');
    expect(out.stderr).toContain('whitespace-in-url');
    expect(out.stderr).toContain('missing-scheme');
    expect(out.stderr).toMatch(/Not applied.*insecure-http/);
  });

  it('--write rewrites the file in place; --only limits the fixes; --utm tags the links', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eli-fix-'));
    const file = join(dir, 'promo.html');
    await writeFile(file, HTML);
    const out = await runFix(
      options([
        file,
        '--write',
        '--only',
        'whitespace-in-url',
        '--utm',
        'source=newsletter,medium=email,campaign=may',
      ]),
      {
        name: file,
        data: await readFile(file),
      },
    );
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toBe('');
    const written = await readFile(file, 'utf8');
    expect(written).toContain(
      '<a href="https://shop.example.com/coats?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=may">',
    );
    // missing-scheme was not asked for: that href is left as written apart from the UTM plan, which skips it (not a web link).
    expect(written).toContain('<a href="www.shop.example.com/hats?utm_source=News">');
  });

  it('writes the fixed HTML part of an .eml next to it as .fixed.html', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eli-fix-'));
    const file = join(dir, 'sent.eml');
    const eml = [
      'From: Shop <news@shop.example.com>',
      'Subject: Hi',
      'MIME-Version: 1.0',
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '<a href=3D"https://shop.example.com/?a=3D3D1">A</a>',
      '',
    ].join('\r\n');
    await writeFile(file, eml);
    const out = await runFix(options([file, '--write']), { name: file, data: await readFile(file) });
    expect(out.exitCode).toBe(0);
    expect(await readFile(join(dir, 'sent.fixed.html'), 'utf8')).toContain(
      '<a href="https://shop.example.com/?a=1">',
    );
    expect(await readFile(file, 'utf8')).toBe(eml);
  });

  it('refuses bad options with one line', () => {
    expect(parseFixArgs(['a.html', '--only', 'relative-url'])).toMatchObject({
      ok: false,
      message: expect.stringContaining('no fix for that rule'),
    });
    expect(parseFixArgs(['-', '--write'])).toMatchObject({ ok: false });
    expect(parseFixArgs(['a.html', '--utm', 'source=x'])).toMatchObject({
      ok: false,
      message: expect.stringContaining('medium, campaign'),
    });
  });
});
