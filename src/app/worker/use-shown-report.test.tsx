// @vitest-environment happy-dom
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { analyzeHtml } from '../../core/analyze';
import type { Facts } from '../../core/facts';
import { chainFacts } from '../../core/rules/link-check-facts.test-helpers';
import type { AnalyzeOptions } from '../../core/types';
import { useShownReport } from './use-shown-report';
import { queryWrapper } from '../lib/query-wrapper.test-helpers';

const URL_A = 'https://shop.example.com/a';
const offline = analyzeHtml(`<p><a href="${URL_A}">Shop</a></p>`);
const OPTIONS: AnalyzeOptions = {};

describe('useShownReport', () => {
  it('shows the offline report itself while there are no facts', () => {
    const { result } = renderHook(() => useShownReport(offline, undefined, OPTIONS), {
      wrapper: queryWrapper,
    });
    expect(result.current).toBe(offline);
  });

  it('judges link-check facts into the report on the page (no worker), and forgets them when they go', async () => {
    const facts: Facts = { links: { [URL_A]: chainFacts([URL_A], 404) } };
    const { result, rerender } = renderHook(({ f }) => useShownReport(offline, f, OPTIONS), {
      wrapper: queryWrapper,
      initialProps: { f: facts as Facts | undefined },
    });
    await waitFor(() => expect(result.current?.findings.map((f) => f.rule)).toContain('broken-link'));
    expect(result.current?.links[0]?.check?.finalStatus).toBe(404);
    expect(offline.findings.map((f) => f.rule)).not.toContain('broken-link');
    rerender({ f: undefined });
    expect(result.current).toBe(offline);
  });

  it('has nothing to show before the first analysis', () => {
    const { result } = renderHook(() => useShownReport(undefined, undefined, OPTIONS), {
      wrapper: queryWrapper,
    });
    expect(result.current).toBeUndefined();
  });
});
