import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LinkCheckFacts } from '../../../core/facts';
import { errorFromResponse, serviceFetch, ServiceError } from './service-error';

/** The service checks at most this many URLs per request (docs/contracts/api.md). */
const BATCH = 500;

/**
 * `POST /api/links/check`: only the URLs travel, never the email; those in
 * `skip` (core/online/do-not-request) are answered `not-requested`. The answer
 * is NDJSON, one line per URL as soon as its chain is known; `onResult` gets
 * each one. Aborting the signal closes the connection, which cancels the
 * checks in flight on the service.
 */
async function fetchLinkChecks(
  urls: readonly string[],
  onResult: (result: LinkCheckFacts) => void,
  signal?: AbortSignal,
  skip: ReadonlySet<string> = new Set(),
): Promise<void> {
  for (let i = 0; i < urls.length; i += BATCH) {
    const batch = urls.slice(i, i + BATCH);
    // Each batch carries the skip entries among its own URLs (the service caps both lists at 500).
    const skipBatch = batch.filter((u) => skip.has(u));
    const response = await serviceFetch('/api/links/check', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(skipBatch.length > 0 ? { urls: batch, skip: skipBatch } : { urls: batch }),
      ...(signal ? { signal } : {}),
    });
    if (!response.ok) throw await errorFromResponse(response);
    if (!response.body)
      throw new ServiceError('malformed-response', 'the answer has no body', response.status);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffered = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (value) buffered += value;
      let newline = buffered.indexOf('\n');
      while (newline >= 0) {
        const line = buffered.slice(0, newline).trim();
        buffered = buffered.slice(newline + 1);
        if (line !== '') onResult(JSON.parse(line) as LinkCheckFacts);
        newline = buffered.indexOf('\n');
      }
      if (done) break;
    }
    if (buffered.trim() !== '') onResult(JSON.parse(buffered) as LinkCheckFacts);
  }
}

/** Where each URL's check is cached (TanStack Query's cache), so a URL is checked once per page. */
const linkCheckQueryKey = (url: string) => ['link-check', url] as const;

export interface LinkChecksState {
  running: boolean;
  /** URLs asked for in the current (or last) run. */
  total: number;
  /** Of those, how many have an answer. */
  done: number;
  error: unknown;
  cancelled: boolean;
  /** Every answer known for the current input, keyed by URL. */
  results: Record<string, LinkCheckFacts>;
}

const IDLE: LinkChecksState = {
  running: false,
  total: 0,
  done: 0,
  error: null,
  cancelled: false,
  results: {},
};

/**
 * Runs link checks with progress and cancel. Answers go into TanStack Query's
 * cache per URL: a URL already checked is not sent again. A change of
 * `inputKey` (another email) cancels the run in flight and forgets the shown results.
 */
export function useLinkChecks(inputKey: string) {
  const client = useQueryClient();
  const [state, setState] = useState<LinkChecksState>(IDLE);
  const controller = useRef<AbortController | null>(null);

  const cancel = useCallback(() => {
    if (!controller.current) return;
    controller.current.abort();
    controller.current = null;
    setState((s) => ({ ...s, running: false, cancelled: true }));
  }, []);

  useEffect(() => {
    setState(IDLE);
    return () => {
      controller.current?.abort();
      controller.current = null;
    };
  }, [inputKey]);

  const run = useCallback(
    (urls: readonly string[], skip: readonly string[] = []) => {
      controller.current?.abort();
      const distinct = [...new Set(urls)];
      const skipped = new Set(skip);
      const known: Record<string, LinkCheckFacts> = {};
      const missing: string[] = [];
      for (const url of distinct) {
        const cached = skipped.has(url)
          ? undefined
          : client.getQueryData<LinkCheckFacts>(linkCheckQueryKey(url));
        if (cached) known[url] = cached;
        else missing.push(url);
      }
      setState((s) => ({
        running: missing.length > 0,
        total: distinct.length,
        done: distinct.length - missing.length,
        error: null,
        cancelled: false,
        results: { ...s.results, ...known },
      }));
      if (missing.length === 0) return;
      const abort = new AbortController();
      controller.current = abort;
      // Lines arrive fast: gather them and update the page at most every 250 ms.
      let pending: LinkCheckFacts[] = [];
      let timer: ReturnType<typeof setTimeout> | null = null;
      const flush = (): void => {
        timer = null;
        if (abort.signal.aborted || pending.length === 0) return;
        const batch = pending;
        pending = [];
        setState((s) => {
          const results = { ...s.results };
          for (const r of batch) results[r.url] = r;
          return { ...s, done: s.done + batch.length, results };
        });
      };
      fetchLinkChecks(
        missing,
        (result) => {
          // A URL skipped for this email is not cached: in another email it may be an ordinary link.
          if (!skipped.has(result.url)) {
            client.setQueryData(linkCheckQueryKey(result.url), result, { updatedAt: Date.now() });
          }
          pending.push(result);
          timer ??= setTimeout(flush, 250);
        },
        abort.signal,
        skipped,
      ).then(
        () => {
          if (timer) clearTimeout(timer);
          flush();
          if (!abort.signal.aborted) setState((s) => ({ ...s, running: false }));
          if (controller.current === abort) controller.current = null;
        },
        (error: unknown) => {
          if (timer) clearTimeout(timer);
          flush();
          if (abort.signal.aborted) return;
          if (controller.current === abort) controller.current = null;
          setState((s) => ({ ...s, running: false, error }));
        },
      );
    },
    [client],
  );

  return { ...state, run, cancel };
}
