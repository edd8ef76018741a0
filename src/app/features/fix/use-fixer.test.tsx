// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act, renderHook, waitFor, type RenderHookResult } from '@testing-library/react';
import { useMemo, useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Facts } from '../../../core/facts';
import { chainFacts } from '../../../core/rules/link-check-facts.test-helpers';
import type { AnalyzeOptions } from '../../../core/types';
import { saveTabValue, type StoredInput } from '../../lib/persist';
import { InProcessWorker, runEngineInProcess } from '../../worker/in-process-worker.test-helpers';
import { useAnalysis } from '../../worker/use-analysis';
import { useShownReport } from '../../worker/use-shown-report';
import { useFixer } from './use-fixer';
import { queryWrapper } from '../../lib/query-wrapper.test-helpers';

runEngineInProcess();

const NONE: AnalyzeOptions = {};
/** A link without a scheme and one with spaces (safe fixes), one over http (a fix that changes what it does). */
const EMAIL: StoredInput = {
  text: '<p><a href="www.shop.example.com/new">New</a> <a href="http://shop.example.com/x">X</a> <a href=" https://shop.example.com/help ">Help</a></p>',
  name: 'spring.html',
  kind: 'html',
};
const SAFE_FIXED =
  '<p><a href="https://www.shop.example.com/new">New</a> <a href="http://shop.example.com/x">X</a> <a href="https://shop.example.com/help">Help</a></p>';
const CLEAN: StoredInput = { text: '<p><a href="https://shop.example.com/ok">OK</a></p>', name: 'ok.html' };
const SHORT = 'https://bit.ly/3xample';
const SHORTENED: StoredInput = { text: `<p><a href="${SHORT}">Sale</a></p>`, name: 'short.html' };

/**
 * The page around the fixer, as the app wires it: the box, its analysis in the
 * worker, the online facts judged into the report shown, and the fixer on it.
 */
function usePage(start: StoredInput, facts: Facts | undefined, generation: number) {
  const [input, setInput] = useState(start);
  const analysis = useAnalysis(input, NONE);
  const analysed = analysis.lastReport;
  const judged = useShownReport(analysed?.report, facts, NONE);
  const shown = useMemo(
    () => (analysed && judged ? { ...analysed, report: judged } : undefined),
    [analysed, judged],
  );
  const fixer = useFixer({
    input,
    replace: setInput,
    current: analysis.outcome === analysed && !analysis.running,
    shown,
    facts,
    generation,
  });
  return { input, setInput, fixer, report: shown?.report };
}

type Page = RenderHookResult<ReturnType<typeof usePage>, { facts: Facts | undefined; generation: number }>;

async function open(start: StoredInput, facts?: Facts): Promise<Page> {
  const page = renderHook(({ facts, generation }) => usePage(start, facts, generation), {
    wrapper: queryWrapper,
    initialProps: { facts, generation: 0 },
  });
  await waitFor(() => expect(page.result.current.fixer.ready).toBe(true));
  return page;
}

const finding = (page: Page, rule: string) => {
  const found = page.result.current.report?.findings.find((f) => f.rule === rule);
  if (!found) throw new Error(`no ${rule} finding`);
  return found;
};

beforeEach(async () => {
  // The fix history of this tab, as an earlier test left it.
  await saveTabValue('eli:fix-history', { past: [], future: [] });
});

describe('useFixer', () => {
  it('offers the fixes of the report on screen, each found from its finding', async () => {
    const page = await open(EMAIL);
    const { fixer } = page.result.current;
    expect(fixer.fixes?.map((f) => f.rule).sort()).toEqual([
      'insecure-http',
      'missing-scheme',
      'whitespace-in-url',
    ]);
    expect(fixer.fixFor(finding(page, 'missing-scheme'))?.description).toContain(
      'https://www.shop.example.com/new',
    );
    expect(fixer).toMatchObject({ busy: false, message: null });
    expect(fixer.history.canUndo).toBe(false);
  });

  it('applies one fix to the text in the box, and Undo puts the email back', async () => {
    const page = await open(EMAIL);
    const fix = page.result.current.fixer.fixFor(finding(page, 'missing-scheme'));
    if (!fix) throw new Error('no fix');
    act(() => page.result.current.fixer.applyFix(fix));
    expect(page.result.current.input).toEqual({
      ...EMAIL,
      text: EMAIL.text.replace('"www.', '"https://www.'),
    });
    expect(page.result.current.fixer.message).toBe(`Fixed: ${fix.description}.`);
    expect(page.result.current.fixer.history.last?.label).toBe('missing-scheme on L1');
    // Not ready until the fixed text is analysed: its offsets are the new text's.
    expect(page.result.current.fixer.ready).toBe(false);
    await waitFor(() => expect(page.result.current.fixer.ready).toBe(true));
    expect(page.result.current.report?.findings.map((f) => f.rule)).not.toContain('missing-scheme');
    act(() => page.result.current.fixer.history.undo());
    expect(page.result.current.input).toEqual(EMAIL);
  });

  it('applies nothing while the report on screen is not of the text in the box', async () => {
    const page = await open(EMAIL);
    const fix = page.result.current.fixer.fixFor(finding(page, 'missing-scheme'));
    if (!fix) throw new Error('no fix');
    const release = InProcessWorker.hold();
    const edited = { ...EMAIL, text: `${EMAIL.text}<p>more</p>` };
    act(() => page.result.current.setInput(edited));
    expect(page.result.current.fixer.ready).toBe(false);
    act(() => page.result.current.fixer.applyFix(fix));
    act(() => page.result.current.fixer.fixAllSafe());
    expect(page.result.current.input).toBe(edited);
    expect(page.result.current.fixer).toMatchObject({ message: null, busy: false });
    expect(page.result.current.fixer.history.canUndo).toBe(false);
    release();
    await waitFor(() => expect(page.result.current.fixer.ready).toBe(true));
  });

  it('fixes all safe problems in the worker, in one undoable step, and says what it left', async () => {
    const page = await open(EMAIL);
    act(() => page.result.current.fixer.fixAllSafe());
    expect(page.result.current.fixer).toMatchObject({ busy: true, message: 'Fixing…', ready: false });
    await waitFor(() => expect(page.result.current.fixer.busy).toBe(false));
    expect(page.result.current.input).toEqual({ ...EMAIL, text: SAFE_FIXED });
    expect(page.result.current.fixer.message).toBe(
      'Applied 2 safe fixes. Not applied: 1 fix that change what a link does.',
    );
    expect(page.result.current.fixer.history.last?.label).toBe('fix all safe (2)');
    act(() => page.result.current.fixer.history.undo());
    expect(page.result.current.input).toEqual(EMAIL);
  });

  it('says there is nothing safe to fix in a clean email, and changes nothing', async () => {
    const page = await open(CLEAN);
    act(() => page.result.current.fixer.fixAllSafe());
    await waitFor(() => expect(page.result.current.fixer.busy).toBe(false));
    expect(page.result.current.fixer.message).toBe('Nothing safe to fix.');
    expect(page.result.current.input).toEqual(CLEAN);
    expect(page.result.current.fixer.history.canUndo).toBe(false);
  });

  it('drops the answer of "fix all" when the email was edited while the worker fixed it', async () => {
    const page = await open(EMAIL);
    const release = InProcessWorker.hold();
    act(() => page.result.current.fixer.fixAllSafe());
    const typed = { ...EMAIL, text: `${EMAIL.text}<p>typed meanwhile</p>` };
    act(() => page.result.current.setInput(typed));
    release();
    await waitFor(() => expect(page.result.current.fixer.busy).toBe(false));
    expect(page.result.current.fixer.message).toBe(
      'The email changed while fixing; nothing was applied. Try again.',
    );
    expect(page.result.current.input).toBe(typed);
    expect(page.result.current.fixer.history.canUndo).toBe(false);
  });

  it('turns a fixed .eml into its fixed HTML part, named after it', async () => {
    const eml: StoredInput = {
      text: 'From: news@shop.example.com\nSubject: New\nContent-Type: text/html; charset=utf-8\n\n<p><a href="www.shop.example.com/new">New</a></p>\n',
      name: 'weekly.eml',
      kind: 'eml',
    };
    const page = await open(eml);
    const fix = page.result.current.fixer.fixFor(finding(page, 'missing-scheme'));
    if (!fix) throw new Error('no fix');
    act(() => page.result.current.fixer.applyFix(fix));
    expect(page.result.current.input).toEqual({
      text: '<p><a href="https://www.shop.example.com/new">New</a></p>\n',
      name: 'weekly.html',
      kind: 'html',
    });
  });

  it('forgets the fix history and the last message when another email is loaded', async () => {
    const page = await open(EMAIL);
    act(() => page.result.current.fixer.fixAllSafe());
    await waitFor(() => expect(page.result.current.fixer.history.canUndo).toBe(true));
    page.rerender({ facts: undefined, generation: 0 });
    expect(page.result.current.fixer.history.canUndo).toBe(true);
    page.rerender({ facts: undefined, generation: 1 });
    expect(page.result.current.fixer.history).toMatchObject({ canUndo: false, canRedo: false, last: null });
    expect(page.result.current.fixer.message).toBeNull();
  });

  it('asks the worker for the fixes that online facts make possible', async () => {
    const page = await open(SHORTENED);
    expect(page.result.current.fixer.fixFor(finding(page, 'link-shortener'))).toBeUndefined();
    const facts: Facts = { links: { [SHORT]: chainFacts([SHORT, 'https://shop.example.com/sale']) } };
    const release = InProcessWorker.hold();
    page.rerender({ facts, generation: 0 });
    await waitFor(() => expect(page.result.current.report?.links[0]?.check?.finalUrl).toBeDefined());
    // The facts judged in, the report on screen is another: its fixes are being computed in the worker.
    expect(page.result.current.fixer.fixes).toBeNull();
    expect(page.result.current.fixer.ready).toBe(false);
    release();
    await waitFor(() =>
      expect(page.result.current.fixer.fixes?.map((f) => f.rule)).toContain('link-shortener'),
    );
    const fix = page.result.current.fixer.fixes?.find((f) => f.rule === 'link-shortener');
    expect(fix?.description).toContain('https://shop.example.com/sale');
    if (!fix) throw new Error('no fix');
    act(() => page.result.current.fixer.applyFix(fix));
    expect(page.result.current.input.text).toBe('<p><a href="https://shop.example.com/sale">Sale</a></p>');
  });

  it('previews UTM parameters and applies them only to the email they were planned for', async () => {
    const page = await open(CLEAN);
    const settings = { source: 'newsletter', medium: 'email', campaign: 'spring', domains: [] };
    const planned = await act(() => page.result.current.fixer.planUtm(settings));
    if (!planned) throw new Error('no plan');
    expect(planned.answer.domains).toEqual(['example.com']);
    expect(planned.answer.html).toContain('utm_campaign=spring');
    act(() => page.result.current.setInput({ ...CLEAN, text: `${CLEAN.text} ` }));
    act(() => page.result.current.fixer.applyUtm(planned));
    expect(page.result.current.fixer.message).toBe('The email changed since the UTM preview; preview again.');
    expect(page.result.current.input.text).not.toContain('utm_');
    await waitFor(() => expect(page.result.current.fixer.ready).toBe(true));
    const again = await act(() => page.result.current.fixer.planUtm(settings));
    if (!again) throw new Error('no plan');
    act(() => page.result.current.fixer.applyUtm(again));
    expect(page.result.current.input.text).toBe(again.answer.html);
    expect(page.result.current.fixer.message).toBe('Set UTM parameters on 1 links.');
    await waitFor(() => expect(page.result.current.fixer.ready).toBe(true));
    const same = await act(() => page.result.current.fixer.planUtm(settings));
    if (!same) throw new Error('no plan');
    act(() => page.result.current.fixer.applyUtm(same));
    expect(page.result.current.fixer.message).toBe('Every link already has these UTM parameters.');
  });
});
