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

  it('titles differ from rule to rule', () => {
    expect(new Set(rules.map((r) => r.title)).size).toBe(rules.length);
  });
});
