import { describe, expect, it } from 'vitest';
import { boundSteps, HISTORY_LIMITS, undoKeepingTyping, type FixStep } from './use-fix-history';

const step = (i: number, size = 10): FixStep => {
  const before = `${'x'.repeat(size)} before ${i}`;
  const after = `${'x'.repeat(size)} after ${i}`;
  return {
    label: `fix ${i}`,
    before: { text: before, name: 'a.html' },
    after: { text: after, name: 'a.html' },
    htmlBefore: before,
    htmlAfter: after,
  };
};

describe('the undo history has a limit', () => {
  it(`keeps the newest ${HISTORY_LIMITS.steps} steps of many small fixes`, () => {
    const steps = Array.from({ length: 100 }, (_, i) => step(i));
    const kept = boundSteps(steps);
    expect(kept).toHaveLength(HISTORY_LIMITS.steps);
    expect(kept[0]?.label).toBe(`fix ${100 - HISTORY_LIMITS.steps}`);
    expect(kept.at(-1)?.label).toBe('fix 99');
  });

  it('keeps fewer steps of a 6 MB email, within the character budget, but always the newest', () => {
    const steps = Array.from({ length: 12 }, (_, i) => step(i, 6_000_000));
    const kept = boundSteps(steps);
    // Each step holds two 6 MB texts (the compared HTML is the same strings): three fit in 40 M characters.
    expect(kept.map((s) => s.label)).toEqual(['fix 9', 'fix 10', 'fix 11']);
    expect(boundSteps([step(0, 50_000_000)]).map((s) => s.label)).toEqual(['fix 0']);
    expect(boundSteps(steps, { steps: 5, chars: 1 })).toHaveLength(1);
  });
});

describe('undo after typing', () => {
  it('keeps text typed after the fix when it does not touch the fix', () => {
    const fix: FixStep = {
      label: 'fix',
      before: { text: '<a href=" x ">A</a>\n', name: 'a.html' },
      after: { text: '<a href="x">A</a>\n', name: 'a.html' },
      htmlBefore: '<a href=" x ">A</a>\n',
      htmlAfter: '<a href="x">A</a>\n',
    };
    expect(undoKeepingTyping(fix, '<a href="x">A</a>\n<!-- typed -->')).toBe(
      '<a href=" x ">A</a>\n<!-- typed -->',
    );
    expect(undoKeepingTyping(fix, '<!-- typed --><a href="x">A</a>\n')).toBe(
      '<!-- typed --><a href=" x ">A</a>\n',
    );
    expect(undoKeepingTyping(fix, '<a href="z">A</a>\n')).toBeNull();
  });
});
