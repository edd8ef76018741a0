import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Facts } from '../../core/facts';
import type { AnalyzeOptions, Report } from '../../core/types';

/**
 * The report the page shows: the worker's offline report with the online
 * facts judged in by the core's withFacts, here on the page. A new link-check
 * answer re-renders without a worker round trip and without parsing again;
 * the judging code is loaded the first time there are facts.
 */
export function useShownReport(
  offline: Report | undefined,
  facts: Facts | undefined,
  options: AnalyzeOptions,
): Report | undefined {
  const judge = useQuery({
    queryKey: ['core-with-facts'],
    queryFn: async () => (await import('../../core/with-facts')).withFacts,
    enabled: facts !== undefined,
    staleTime: Infinity,
  });
  const withFacts = judge.data;
  return useMemo(() => {
    if (!offline) return undefined;
    if (!facts || !withFacts) return offline;
    return withFacts(offline, facts, options);
  }, [offline, facts, withFacts, options]);
}
