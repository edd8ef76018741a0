// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyzeOptions } from '../../core/types';
import { page } from '../../server/testing/http-test-servers';
import { useOnline } from '../features/online/use-online';
import { startLookupService, type LookupService } from '../lib/api/lookup-service.test-helpers';
import type { StoredInput } from '../lib/persist';
import { engine } from './engine-client';
import { InProcessWorker, runEngineInProcess } from './in-process-worker.test-helpers';
import { useAnalysis } from './use-analysis';
import { useShownReport } from './use-shown-report';
import { queryWrapper } from '../lib/query-wrapper.test-helpers';

runEngineInProcess();

const NONE: AnalyzeOptions = {};
let service: LookupService;

beforeAll(async () => {
  service = await startLookupService({ '/ok': page(200), '/gone': page(404) });
});
afterAll(() => service.close());

/** The page's path of a link check, as the app wires it: analysis in the worker, checks, the report shown. */
function usePage(input: StoredInput) {
  const analysis = useAnalysis(input, NONE);
  const offline = analysis.lastReport?.report;
  const online = useOnline(offline, 'email-1');
  const shown = useShownReport(offline, online.facts, NONE);
  return { analysis, online, shown };
}

describe('a link-check result on the page', () => {
  it('is judged into the report shown without asking the worker again', async () => {
    const gone = service.url('/gone');
    const input: StoredInput = {
      text: `<p><a href="${service.url('/ok')}">Shop</a> <a href="${gone}">Old offer</a></p>`,
      name: 'offer.html',
    };
    const { result } = renderHook(() => usePage(input), { wrapper: queryWrapper });
    await waitFor(() => expect(result.current.analysis.outcome?.kind).toBe('report'));
    const offline = result.current.shown;
    expect(offline?.findings.map((f) => f.rule)).not.toContain('broken-link');
    const analyses = engine.analyses;
    const sent = InProcessWorker.sent;
    expect(sent).toBeGreaterThan(0);

    act(() => result.current.online.links.run([service.url('/ok'), gone]));
    await waitFor(() => expect(result.current.shown?.findings.map((f) => f.rule)).toContain('broken-link'), {
      timeout: 5000,
    });
    const shown = result.current.shown;
    expect(shown?.links.find((l) => l.url === gone)?.check?.finalStatus).toBe(404);
    expect(shown?.findings.find((f) => f.rule === 'broken-link')?.link).toBe(
      shown?.links.find((l) => l.url === gone)?.id,
    );
    // Judged on the page: no analysis asked, not one message to the worker.
    expect(engine.analyses).toBe(analyses);
    expect(InProcessWorker.sent).toBe(sent);
    expect(result.current.analysis.running).toBe(false);
  });
});
