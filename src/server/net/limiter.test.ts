import { describe, expect, it } from 'vitest';
import { createKeyedLimiter, createSemaphore } from './limiter';

/** A task that stays open until released, recording how many ran at once. */
function gate() {
  let active = 0;
  let most = 0;
  const waiting: Array<() => void> = [];
  return {
    task: async () => {
      active++;
      most = Math.max(most, active);
      await new Promise<void>((resolve) => waiting.push(resolve));
      active--;
    },
    releaseAll: () => waiting.splice(0).forEach((r) => r()),
    get most() {
      return most;
    },
    get waiting() {
      return waiting.length;
    },
  };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('limiter', () => {
  it('runs at most N tasks at once and all of them in the end', async () => {
    const g = gate();
    const s = createSemaphore(3);
    const all = Promise.all(Array.from({ length: 10 }, () => s.run(g.task)));
    for (let i = 0; i < 10; i++) {
      await tick();
      g.releaseAll();
    }
    await all;
    expect(g.most).toBe(3);
  });

  it('bounds each key separately', async () => {
    const a = gate();
    const b = gate();
    const k = createKeyedLimiter(2);
    const all = Promise.all([
      ...Array.from({ length: 5 }, () => k.run('a.example:443', a.task)),
      ...Array.from({ length: 5 }, () => k.run('b.example:443', b.task)),
    ]);
    await tick();
    expect([a.waiting, b.waiting]).toEqual([2, 2]);
    for (let i = 0; i < 10; i++) {
      a.releaseAll();
      b.releaseAll();
      await tick();
    }
    await all;
    expect([a.most, b.most]).toEqual([2, 2]);
  });

  it('releases a slot when a task fails', async () => {
    const s = createSemaphore(1);
    await expect(s.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await s.run(() => Promise.resolve(7))).toBe(7);
  });
});
