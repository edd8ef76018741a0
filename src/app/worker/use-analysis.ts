import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { AnalyzeOptions } from '../../core/types';
import type { StoredInput } from '../lib/persist';
import { analysisClient, type AnalysisOutcome } from './analysis-client';

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
export function useAnalysis(input: StoredInput, options: AnalyzeOptions): Analysis {
  const [phase, setPhase] = useState<string | null>(null);
  const revision = useRef({ input, n: 0 });
  if (revision.current.input !== input) revision.current = { input, n: revision.current.n + 1 };
  const optionsKey = JSON.stringify(options);
  const query = useQuery({
    queryKey: ['analysis', revision.current.n, optionsKey],
    queryFn: () =>
      analysisClient.analyze(
        { text: input.text, name: input.name, options, ...(input.kind ? { kind: input.kind } : {}) },
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
    if (data?.kind === 'report') setLastReport(data);
  }, [data]);
  return {
    outcome: data,
    lastReport: input.text.trim() === '' ? undefined : data?.kind === 'report' ? data : lastReport,
    running: query.isFetching,
    phase: query.isFetching ? phase : null,
    error: query.error && query.error.name !== 'SupersededError' ? query.error : null,
  };
}
