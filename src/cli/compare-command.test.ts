import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Comparison } from '../core/compare/compare';
import { runCli } from './run-cli.test-helpers';

vi.setConfig({ testTimeout: 180_000 });

const TEMPLATE = [
  '<p><a href="https://shop.example/coats">Coats</a></p>',
  '<p><a href="https://shop.example/boots" clicktracking="off">Boots</a></p>',
  '',
].join('\n');

function sentEml(boots: string): string {
  return [
    'From: Shop <news@shop.example>',
    'Subject: Sale',
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<p><a href="https://a1.r.us-east-1.awstrack.me/L0/https:%2F%2Fshop.example%2Fcoats%3Futm_source=news/1/0100-x=">Coats</a></p>',
    `<p><a href="${boots}">Boots</a></p>`,
    '',
  ].join('\r\n');
}

describe('compare TEMPLATE SENT', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'eli-compare-'));
    await writeFile(join(dir, 'promo.html'), TEMPLATE);
    await writeFile(join(dir, 'left-alone.eml'), sentEml('https://shop.example/boots'));
    await writeFile(
      join(dir, 'all-wrapped.eml'),
      sentEml('https://a1.r.us-east-1.awstrack.me/L0/https:%2F%2Fshop.example%2Fboots/1/0100-y='),
    );
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('exit 1 when a template link reached the sent email untracked, with the pairs in text', async () => {
    const out = await runCli(['compare', 'promo.html', 'left-alone.eml'], undefined, {}, dir);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('Template: promo.html (2 links)');
    expect(out.stdout).toMatch(
      /^wrapped +through a1\.r\.us-east-1\.awstrack\.me, leads to https:\/\/shop\.example\/coats\?utm_source=news; parameters added: utm_source=news$/m,
    );
    expect(out.stdout).toMatch(
      /^left alone +the sent email has the template’s address: clicks are not counted$/m,
    );
    expect(out.stdout).toContain('why?     tracking-disabled');
    expect(
      (await runCli(['compare', 'promo.html', 'left-alone.eml', '--fail-on', 'never'], undefined, {}, dir))
        .code,
    ).toBe(0);
  });

  it('exit 0 when every link is wrapped; JSON has the pairs', async () => {
    const out = await runCli(
      ['compare', 'promo.html', 'all-wrapped.eml', '--format', 'json'],
      undefined,
      {},
      dir,
    );
    expect(out.code).toBe(0);
    const c = JSON.parse(out.stdout) as Comparison;
    expect(c.pairs.map((p) => p.status)).toEqual(['wrapped', 'wrapped']);
    expect(c.sent).toMatchObject({ name: 'all-wrapped.eml', esp: 'amazon-ses' });
  });

  it('unusable input or arguments: exit 2, one line', async () => {
    for (const args of [
      ['compare', 'promo.html'],
      ['compare', 'promo.html', 'nope.eml'],
      ['compare', 'promo.html', 'left-alone.eml', '--format', 'sarif'],
    ]) {
      const out = await runCli(args, undefined, {}, dir);
      expect(out.code, args.join(' ')).toBe(2);
      expect(out.stdout).toBe('');
      expect(out.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });
});
