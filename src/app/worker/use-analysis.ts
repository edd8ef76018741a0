import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { AnalyzeOptions } from '../../core/types';
import { idbGet, idbSet, tabKey, whenIdle, type StoredInput } from '../lib/persist';
import { engine, unpack, type AnalysisOutcome } from './engine-client';
import type { AnalysisJob, Phase } from './engine-api';

const LAST_REPORT = 'eli:last-report';

type Analysed = Extract<AnalysisOutcome, { kind: 'report' }>;

/** Stored as the worker's bytes: IndexedDB copies a buffer in one go, a report object by walking it. */
interface StoredReport {
  text: string;
  name: string;
  optionsKey: string;
  json: Uint8Array;
  html: string;
  ms: number;
}

export interface Analysis {
  /** The latest outcome for the current input (a report or an input problem). */
  outcome: AnalysisOutcome | undefined;
  /** The last successful analysis, kept on screen while the input has a problem. */
  lastReport: Analysed | undefined;
  running: boolean;
  phase: Phase | 'queued' | null;
  error: Error | null;
}

/** What the worker is asked to analyse for an input. */
export function analysisJob(input: StoredInput, options: AnalyzeOptions): AnalysisJob {
  return { text: input.text, name: input.name, options, ...(input.kind ? { kind: input.kind } : {}) };
}

/**
 * Runs the offline analysis in the worker when the (settled) input or the
 * options change, and only then: online facts are judged into the shown
 * report on the page (see use-shown-report), without a worker round trip.
 */
export function useAnalysis(input: StoredInput, options: AnalyzeOptions): Analysis {
  const [phase, setPhase] = useState<Phase | null>(null);
  const revision = useRef({ input, n: 0 });
  if (revision.current.input !== input) revision.current = { input, n: revision.current.n + 1 };
  const optionsKey = JSON.stringify(options);
  const query = useQuery({
    queryKey: ['analysis', revision.current.n, optionsKey],
    queryFn: () => {
      // Queued until the worker reports a phase of this run, not the last one of the previous run.
      setPhase(null);
      return engine.analyse(analysisJob(input, options), setPhase);
    },
    enabled: input.text.trim() !== '',
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
  const [lastReport, setLastReport] = useState<Analysis['lastReport']>(undefined);
  const data = input.text.trim() === '' ? undefined : query.data;
  useEffect(() => {
    if (data?.kind !== 'report') return;
    setLastReport(data);
    // The last report survives a reload (IndexedDB), shown until the worker has analysed the input
    // again; written when the page is idle, so the copy never competes with rendering it.
    const stored: StoredReport = {
      text: input.text,
      name: input.name,
      optionsKey,
      json: data.json,
      html: data.html,
      ms: data.ms,
    };
    return whenIdle(() => void idbSet(tabKey(LAST_REPORT), stored).catch(() => undefined), 1000);
    // Saved when a new report arrives, with the input and options it was made for.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data]);
  const first = useRef(input);
  useEffect(() => {
    let live = true;
    idbGet<StoredReport>(tabKey(LAST_REPORT))
      .then((stored) => {
        const now = first.current;
        if (
          live &&
          stored &&
          stored.text === now.text &&
          stored.name === now.name &&
          stored.text.trim() !== '' &&
          stored.json instanceof Uint8Array
        ) {
          // Id 0: no worker holds this report; fixes and exports wait for the new analysis.
          const restored = unpack(0, stored.json, stored.html, stored.ms);
          if (restored.kind === 'report') setLastReport((current) => current ?? restored);
        }
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return {
    outcome: data,
    lastReport: input.text.trim() === '' ? undefined : data?.kind === 'report' ? data : lastReport,
    running: query.isFetching,
    phase: query.isFetching ? (phase ?? 'queued') : null,
    error: query.error && query.error.name !== 'CancelledError' ? query.error : null,
  };
}
