// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AnalyzeOptions } from '../../core/types';
import { idbGet, tabKey, type StoredInput } from '../lib/persist';
import { engine } from './engine-client';
import { InProcessWorker, runEngineInProcess } from './in-process-worker.test-helpers';
import { analysisJob, useAnalysis } from './use-analysis';
import { queryWrapper } from '../lib/query-wrapper.test-helpers';

runEngineInProcess();

const html = (path: string): StoredInput => ({
  text: `<p><a href="https://shop.example.com/${path}">Shop</a> <a href="http://shop.example.com/${path}/old">Old</a></p>`,
  name: `${path}.html`,
  kind: 'html',
});
const NONE: AnalyzeOptions = {};

function render(input: StoredInput, options: AnalyzeOptions = NONE) {
  return renderHook(({ i, o }) => useAnalysis(i, o), {
    wrapper: queryWrapper,
    initialProps: { i: input, o: options },
  });
}

const linksOf = (a: ReturnType<typeof useAnalysis>['lastReport']) => a?.report.links.map((l) => l.url);

describe('useAnalysis', () => {
  it('does not ask the worker about an empty box', () => {
    const asked = engine.analyses;
    const { result } = render({ text: '  \n', name: 'input.html' });
    expect(result.current).toMatchObject({
      outcome: undefined,
      lastReport: undefined,
      running: false,
      phase: null,
    });
    expect(engine.analyses).toBe(asked);
  });

  it('analyses the input in the worker, reporting its phases until the report is there', async () => {
    const release = InProcessWorker.hold();
    const phases: (string | null)[] = [];
    const { result } = renderHook(
      ({ i }) => {
        const analysis = useAnalysis(i, NONE);
        if (phases.at(-1) !== analysis.phase) phases.push(analysis.phase);
        return analysis;
      },
      { wrapper: queryWrapper, initialProps: { i: html('a') } },
    );
    expect(result.current).toMatchObject({ running: true, phase: 'queued', outcome: undefined });
    release();
    await waitFor(() => expect(result.current.outcome?.kind).toBe('report'));
    // Queued while the worker is busy, then its own phases (reading may be batched into the next render).
    expect(phases[0]).toBe('queued');
    expect(phases.at(-2)).toBe('analysing');
    expect(phases.at(-1)).toBeNull();
    expect(result.current).toMatchObject({ running: false, error: null });
    expect(result.current.lastReport).toBe(result.current.outcome);
    expect(linksOf(result.current.lastReport)).toEqual([
      'https://shop.example.com/a',
      'http://shop.example.com/a/old',
    ]);
    expect(result.current.lastReport?.report.findings.map((f) => f.rule)).toContain('insecure-http');
  });

  it("a second analysis shows as queued until the worker reports its own phase, not the last run's", async () => {
    const { result, rerender } = render(html('phase-1'));
    await waitFor(() => expect(result.current.outcome?.kind).toBe('report'));
    const release = InProcessWorker.hold();
    rerender({ i: html('phase-2'), o: NONE });
    await waitFor(() => expect(result.current.running).toBe(true));
    expect(result.current.phase).toBe('queued');
    release();
    await waitFor(() =>
      expect(linksOf(result.current.lastReport)?.[0]).toBe('https://shop.example.com/phase-2'),
    );
  });

  it('analyses again only when the input or the options change, not on a re-render', async () => {
    const input = html('b');
    const { result, rerender } = render(input);
    await waitFor(() => expect(result.current.outcome?.kind).toBe('report'));
    const asked = engine.analyses;
    rerender({ i: input, o: {} });
    expect(result.current.running).toBe(false);
    expect(engine.analyses).toBe(asked);
    const first = result.current.outcome;
    rerender({ i: input, o: { mode: 'sent' } });
    await waitFor(() => expect(result.current.outcome).not.toBe(first));
    expect(engine.analyses).toBe(asked + 1);
    expect(result.current.lastReport?.report.mode).toBe('sent');
    rerender({ i: html('c'), o: { mode: 'sent' } });
    await waitFor(() => expect(linksOf(result.current.lastReport)?.[0]).toBe('https://shop.example.com/c'));
    expect(engine.analyses).toBe(asked + 2);
  });

  it('drops the analysis of a text replaced meanwhile: the worker is restarted, and no error shows', async () => {
    const release = InProcessWorker.hold();
    const asked = engine.analyses;
    const { result, rerender } = render(html('slow'));
    const slow = InProcessWorker.started.at(-1);
    rerender({ i: html('new'), o: NONE });
    release();
    await waitFor(() => expect(result.current.outcome?.kind).toBe('report'));
    expect(linksOf(result.current.lastReport)?.[0]).toBe('https://shop.example.com/new');
    expect(result.current.error).toBeNull();
    expect(engine.analyses).toBe(asked + 2);
    // The worker that had the replaced text was stopped; a fresh one made the report.
    expect(slow?.terminated).toBe(true);
    expect(InProcessWorker.started.at(-1)).not.toBe(slow);
    expect(InProcessWorker.started.at(-1)?.terminated).toBe(false);
  });

  it('keeps the last report on screen while the input has a problem, and says what it is', async () => {
    const { result, rerender } = render(html('d'));
    await waitFor(() => expect(result.current.outcome?.kind).toBe('report'));
    const report = result.current.lastReport;
    rerender({ i: { text: 'GIF89a\u0000\u0001', name: 'd.html' }, o: NONE });
    await waitFor(() => expect(result.current.outcome?.kind).toBe('input-error'));
    const outcome = result.current.outcome;
    expect(outcome?.kind === 'input-error' ? outcome.code : null).toBe('binary');
    expect(result.current.lastReport).toBe(report);
    expect(result.current.error).toBeNull();
  });

  it('shows nothing once the box is emptied', async () => {
    const { result, rerender } = render(html('e'));
    await waitFor(() => expect(result.current.outcome?.kind).toBe('report'));
    rerender({ i: { text: '', name: 'input.html' }, o: NONE });
    expect(result.current).toMatchObject({ outcome: undefined, lastReport: undefined, running: false });
  });

  it('after a reload, shows the stored report of the same text until the worker has analysed it again', async () => {
    const input = html('stored');
    const first = render(input);
    await waitFor(() => expect(first.result.current.outcome?.kind).toBe('report'));
    const made = first.result.current.lastReport;
    // Written when the page is idle.
    await waitFor(async () => {
      expect((await idbGet<{ text: string }>(tabKey('eli:last-report')))?.text).toBe(input.text);
    });
    first.unmount();

    const release = InProcessWorker.hold();
    const reloaded = render({ ...input });
    await waitFor(() => expect(reloaded.result.current.lastReport).toBeDefined());
    // Id 0: no worker holds this report (fixes and exports wait for the new analysis).
    expect(reloaded.result.current.lastReport?.id).toBe(0);
    expect(reloaded.result.current.lastReport?.report).toEqual(made?.report);
    expect(reloaded.result.current).toMatchObject({ outcome: undefined, running: true });
    release();
    await waitFor(() => expect(reloaded.result.current.outcome?.kind).toBe('report'));
    expect(reloaded.result.current.lastReport?.id).toBeGreaterThan(0);
  });

  it('does not show a stored report of another text after a reload', async () => {
    const first = render(html('kept'));
    await waitFor(() => expect(first.result.current.outcome?.kind).toBe('report'));
    await waitFor(async () => {
      expect((await idbGet<{ text: string }>(tabKey('eli:last-report')))?.text).toBe(html('kept').text);
    });
    first.unmount();
    const release = InProcessWorker.hold();
    // The same file name, another text (edited since the report was stored).
    const reloaded = render({ ...html('changed'), name: html('kept').name });
    // Give the stored report time to be read.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(reloaded.result.current.lastReport).toBeUndefined();
    release();
    await waitFor(() =>
      expect(linksOf(reloaded.result.current.lastReport)?.[0]).toBe('https://shop.example.com/changed'),
    );
  });
});

describe('an analysis started from the paste', () => {
  it('is the analysis the page then asks for: one analysis, not two', async () => {
    const input = html('pasted');
    const asked = engine.analyses;
    engine.prefetch(analysisJob(input, NONE));
    expect(engine.analyses).toBe(asked + 1);
    const { result } = render(input);
    await waitFor(() => expect(result.current.outcome?.kind).toBe('report'));
    expect(linksOf(result.current.lastReport)?.[0]).toBe('https://shop.example.com/pasted');
    expect(engine.analyses).toBe(asked + 1);
  });

  it('tells the page the phase the worker reported before the page asked', async () => {
    const job = analysisJob(html('phases'), NONE);
    engine.prefetch(job);
    // The worker has read the text and is analysing (or done) before the page asks.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const phases: string[] = [];
    const outcome = await engine.analyse(job, (phase) => phases.push(phase));
    expect(outcome.kind).toBe('report');
    expect(phases).toContain('analysing');
  });

  it('is not taken for another text, name or options: the page gets its own analysis', async () => {
    const asked = engine.analyses;
    engine.prefetch(analysisJob(html('first'), NONE));
    const other = render(html('second'));
    await waitFor(() => expect(other.result.current.outcome?.kind).toBe('report'));
    expect(linksOf(other.result.current.lastReport)?.[0]).toBe('https://shop.example.com/second');
    expect(engine.analyses).toBe(asked + 2);

    engine.prefetch(analysisJob(html('opts'), NONE));
    const withOptions = render(html('opts'), { mode: 'sent' });
    await waitFor(() => expect(withOptions.result.current.outcome?.kind).toBe('report'));
    expect(withOptions.result.current.lastReport?.report.mode).toBe('sent');
    expect(engine.analyses).toBe(asked + 4);
  });
});
