import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('./eval-corpus.ts', import.meta.url));

function runEval(corpus: string): { code: number | null; stdout: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT], {
    env: { ...process.env, CORPUS_DIR: corpus },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout };
}

describe('eval-corpus', () => {
  it('exits 0 with a message when there is no corpus', () => {
    const r = runEval(join(tmpdir(), 'no-such-corpus-here'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^No corpus at /);
  });

  it('walks nested folders, reads .eml as messages and the rest as HTML, and totals by rule', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eli-corpus-'));
    try {
      mkdirSync(join(dir, 'eml', 'nested'), { recursive: true });
      mkdirSync(join(dir, 'xss'));
      writeFileSync(join(dir, 'SOURCES.md'), '# not an input');
      writeFileSync(join(dir, 'page.html'), '<a href="/pricing">Prices</a>');
      writeFileSync(
        join(dir, 'xss', 'payloads.txt'),
        '<a href="javascript:alert(1)">x</a>\n<img src=x onerror=alert(1)>',
      );
      writeFileSync(
        join(dir, 'eml', 'nested', 'sent.eml'),
        'From: a@shop.example.com\r\nSubject: Hi\r\nContent-Type: text/html\r\n\r\n<a href="https://shop.example.com/">Shop</a>\r\n',
      );
      writeFileSync(join(dir, 'eml', 'empty.eml'), '');
      const r = runEval(dir);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^page\.html {2}template {2}links=1 .*relative-url×1/m);
      expect(r.stdout).toMatch(/^xss\/payloads\.txt .*javascript-url×1/m);
      expect(r.stdout).toMatch(/^eml\/nested\/sent\.eml {2}sent esp=/m);
      expect(r.stdout).toMatch(/^eml\/empty\.eml {2}refused \(empty\)/m);
      expect(r.stdout).toContain('== Totals by rule');
      expect(r.stdout).toMatch(/5 files, 3 analysed, 1 refused, 0 crashes/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
