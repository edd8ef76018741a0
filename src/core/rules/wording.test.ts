import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '.';

const EFFECTS = ['clicks-not-counted', 'broken-or-risky', 'campaign-data', 'accessibility', 'other'];

describe('the plain wording of every rule', () => {
  it.each(rules.map((r) => [r.id, r] as const))(
    '%s has an effect, a title, an impact and a remedy',
    (_, rule) => {
      expect(EFFECTS).toContain(rule.effect);
      expect(rule.title.length).toBeGreaterThan(3);
      expect(rule.title.length).toBeLessThanOrEqual(50);
      expect(rule.impact).toMatch(/^[A-Z"].*\.$/);
      expect(rule.remedy).toMatch(/^[A-Z].*\.$/);
      expect(rule.fixHint.length).toBeGreaterThan(3);
      for (const text of [rule.title, rule.impact, rule.remedy]) {
        // Never a command-line option nor a rule ID: a marketer reads these.
        expect(text).not.toMatch(/(^|\s)--?[a-z]/);
        expect(text).not.toContain(rule.id);
      }
    },
  );

  it.each(rules.map((r) => [r.id, r] as const))(
    '%s says why its default severity, in its module and on its page alike',
    (id, rule) => {
      const severity = rule.defaultSeverity;
      expect(rule.severityRationale.startsWith(`${severity[0]?.toUpperCase()}${severity.slice(1)}: `)).toBe(
        true,
      );
      const page = readFileSync(fileURLToPath(new URL(`./${id}/${id}.md`, import.meta.url)), 'utf8');
      const section = /^## Why this severity\n\n([\s\S]*?)(?=\n## |$)/m.exec(page)?.[1] ?? '';
      expect(section.replace(/\s+/g, ' ').trim()).toBe(rule.severityRationale);
    },
  );

  it.each(rules.map((r) => [r.id, r] as const))(
    '%s words its findings by message ID: it declares its messages',
    (_, rule) => {
      expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
      for (const message of Object.values(rule.messages)) expect(typeof message.text).toBe('function');
    },
  );

  it('names every message of a rule after the rule', () => {
    const misnamed = rules.flatMap((r) =>
      Object.keys(r.messages).filter((id) => id !== r.id && !id.startsWith(`${r.id}/`)),
    );
    expect(misnamed).toEqual([]);
  });

  it('titles differ from rule to rule', () => {
    expect(new Set(rules.map((r) => r.title)).size).toBe(rules.length);
  });
});
