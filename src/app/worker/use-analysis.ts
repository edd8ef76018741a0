import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { Facts } from '../../core/facts';
import type { AnalyzeOptions } from '../../core/types';
import { idbGet, idbSet, type StoredInput } from '../lib/persist';
import { analysisClient, type AnalysisOutcome } from './analysis-client';

const LAST_REPORT = 'eli:last-report';

interface StoredReport {
  text: string;
  name: string;
  optionsKey: string;
  outcome: Extract<AnalysisOutcome, { kind: 'report' }>;
}

export interface Analysis {
  /** The latest outcome for the current input (a report or an input problem). */
  outcome: AnalysisOutcome | undefined;
  /** The last successful report, kept on screen while the input has a problem. */
  lastReport: Extract<AnalysisOutcome, { kind: 'report' }> | undefined;
  running: boolean;
  phase: string | null;
  error: Error | null;
}

/** Runs the analysis in the worker whenever the (debounced) input or options change. */
export function useAnalysis(input: StoredInput, options: AnalyzeOptions, facts?: Facts): Analysis {
  const [phase, setPhase] = useState<string | null>(null);
  const revision = useRef({ input, n: 0 });
  if (revision.current.input !== input) revision.current = { input, n: revision.current.n + 1 };
  const optionsKey = JSON.stringify(options);
  // Online facts re-run the analysis so the core judges them (same findings as the CLI).
  const factsRevision = useRef({ facts, n: 0 });
  if (factsRevision.current.facts !== facts)
    factsRevision.current = { facts, n: factsRevision.current.n + 1 };
  const query = useQuery({
    queryKey: ['analysis', revision.current.n, optionsKey, factsRevision.current.n],
    queryFn: () =>
      analysisClient.analyze(
        {
          text: input.text,
          name: input.name,
          options,
          ...(input.kind ? { kind: input.kind } : {}),
          ...(facts ? { facts } : {}),
        },
        setPhase,
      ),
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
    // The last report survives a reload (IndexedDB), shown until the worker has analysed the input again.
    const timer = setTimeout(() => {
      const stored: StoredReport = { text: input.text, name: input.name, optionsKey, outcome: data };
      idbSet(LAST_REPORT, stored).catch(() => undefined);
    }, 1000);
    return () => clearTimeout(timer);
    // Saved when a new report arrives, with the input and options it was made for.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data]);
  const first = useRef(input);
  useEffect(() => {
    let live = true;
    idbGet<StoredReport>(LAST_REPORT)
      .then((stored) => {
        const now = first.current;
        if (
          live &&
          stored &&
          stored.text === now.text &&
          stored.name === now.name &&
          stored.text.trim() !== ''
        ) {
          setLastReport((current) => current ?? stored.outcome);
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
    phase: query.isFetching ? phase : null,
    error: query.error && query.error.name !== 'SupersededError' ? query.error : null,
  };
}
