// @vitest-environment happy-dom
import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { engine } from './engine-client';
import { createEngine } from './engine-service';
import { InProcessWorker, runEngineInProcess } from './in-process-worker.test-helpers';
import { warmUpEmail } from './warm-up-email';

runEngineInProcess();

const rounds = (): number => performance.getEntriesByName('eli:warm-up').length;
const JOB = {
  text: '<p><a href="http://shop.example.com/kept">Kept</a></p>',
  name: 'kept.html',
  options: {},
};

describe('warming the engine up', () => {
  it('analyses a built-in email of a few hundred links, and keeps the last report', async () => {
    const html = warmUpEmail();
    // Every sample is in it: ESP-tracked links, an Outlook button, merge tags.
    for (const part of ['click.shop.example.com', 'v:roundrect', '*|UNSUB|*']) expect(html).toContain(part);
    const service = createEngine();
    const analysed = await service.analyse(JOB);
    expect(analysed.kind).toBe('report');
    const ms = await service.warmUp();
    expect(ms).toBeGreaterThan(0);
    // The report of the last analysis is still the one fixes are made from.
    expect(service.fixes(analysed.id, undefined).length).toBeGreaterThan(0);
    expect(html.match(/<a\s/g)?.length ?? 0).toBeGreaterThan(200);
  });

  it('runs in a fresh worker while the page is idle, at most the rounds asked', async () => {
    const sent = InProcessWorker.sent;
    engine.warm(2);
    await waitFor(() => expect(performance.getEntriesByName('eli:warmed').length).toBe(1), {
      timeout: 10_000,
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(rounds()).toBeLessThanOrEqual(2);
    expect(InProcessWorker.sent).toBeGreaterThan(sent);
  });

  it('does not run once an email has been analysed', async () => {
    const outcome = await engine.analyse(JOB);
    expect(outcome.kind).toBe('report');
    const before = rounds();
    engine.warm(3);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(rounds()).toBe(before);
  });
});
