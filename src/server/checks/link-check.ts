import type { FactError, HopFacts, LinkCheckFacts } from '../../core/facts';
import { judge } from '../../core/online/judge';
import type { ServiceConfig, ServiceDeps } from '../config';
import { createAddressPolicy, type AddressPolicy } from '../net/address-policy';
import { createKeyedLimiter, createSemaphore, type KeyedLimiter, type Semaphore } from '../net/limiter';
import { pinAddress, type PinnedAddress } from '../net/pinned-lookup';
import { isHtml, requestPinned, type PinnedRequest, type PinnedResult } from '../net/pinned-request';
import { parseTargetUrl, type TargetUrl } from '../net/target-url';
import { botWallOf } from './bot-wall';
import { normaliseForSkip, notRequestedReason } from './not-requested';
import { findRedirect, pageTitle } from './redirect-target';

/**
 * Follows the redirect chain of each URL by hand, hop by hop, through the
 * SSRF guard: every hop's host is resolved once, every address checked, and
 * the socket opened to the checked address. HEAD first, GET when HEAD is
 * refused or when an HTML page may hold a meta refresh. Results are handed
 * to `onResult` one URL at a time as soon as each is known, judged by the
 * core's online rules. Identical URLs are checked once.
 */
export interface CheckLinksOptions {
  skip?: string[];
  signal?: AbortSignal;
}

interface CheckContext {
  deps: ServiceDeps;
  policy: AddressPolicy;
  perHost: KeyedLimiter;
  skip: ReadonlySet<string>;
  signal: AbortSignal | undefined;
  ca: readonly string[] | undefined;
}

interface HopOutcome {
  facts: HopFacts;
  error: FactError | null;
  /** The resolved next URL to follow, or null when the chain ends here. */
  next: string | null;
}

const now = (): number => performance.now();

interface Limits {
  overall: Semaphore;
  perHost: KeyedLimiter;
}

/**
 * The limits are the service's, not one request's: every check run with the
 * same configuration (all requests of one server, one CLI run) shares them,
 * so concurrent requests do not multiply the load on a destination.
 */
const limitsByConfig = new WeakMap<ServiceConfig, Limits>();
function limitsOf(config: ServiceConfig): Limits {
  let limits = limitsByConfig.get(config);
  if (!limits) {
    limits = {
      overall: createSemaphore(config.concurrency),
      perHost: createKeyedLimiter(config.perHostConcurrency),
    };
    limitsByConfig.set(config, limits);
  }
  return limits;
}
const elapsed = (since: number): number => Math.round(now() - since);

export async function checkLinks(
  deps: ServiceDeps,
  urls: string[],
  options: CheckLinksOptions,
  onResult: (r: LinkCheckFacts) => void,
): Promise<void> {
  const ctx: CheckContext = {
    deps,
    policy: createAddressPolicy(deps.config.allowHosts),
    perHost: limitsOf(deps.config).perHost,
    skip: new Set((options.skip ?? []).map(normaliseForSkip)),
    signal: options.signal,
    ca: deps.extraCa,
  };
  const { overall } = limitsOf(deps.config);
  const unique = [...new Set(urls)];
  await Promise.all(
    unique.map((url) =>
      overall.run(async () => {
        if (ctx.signal?.aborted) return;
        const facts = await checkChain(ctx, url).catch((e: unknown) => internalFailure(url, e));
        if (ctx.signal?.aborted) return;
        facts.findings = judge('link', facts, {
          maxRedirects: deps.config.maxRedirects,
          slowMs: deps.config.slowMs,
        });
        onResult(facts);
      }),
    ),
  );
}

/** One URL's chain. */
async function checkChain(ctx: CheckContext, raw: string): Promise<LinkCheckFacts> {
  const started = now();
  const { config } = ctx.deps;
  const deadline = started + config.chainDeadlineMs;
  const hops: HopFacts[] = [];
  const done = (error: FactError | null): LinkCheckFacts => {
    const last = hops[hops.length - 1];
    return {
      url: raw,
      hops,
      finalUrl: last?.url ?? null,
      finalStatus: last?.status ?? null,
      ms: elapsed(started),
      error,
    };
  };

  const skipped = notRequestedReason(raw, ctx.skip);
  if (skipped) return done(skipped);

  let current = raw.trim();
  const visited = new Set<string>();
  for (;;) {
    const parsed = parseTargetUrl(current, config.allowedPorts, config.allowHosts);
    if (!parsed.ok) {
      if (hops.length > 0 || parsed.error.code === 'blocked-target') {
        hops.push({ url: current, status: null, location: null, ms: 0, error: parsed.error });
      }
      return done(parsed.error);
    }
    const target = parsed.target;
    visited.add(target.url.href);
    if (now() >= deadline) return done(deadlineError(config.chainDeadlineMs));

    const hopStarted = now();
    const pinned = await withinDeadline(
      pinAddress(target, ctx.deps.resolver, ctx.policy),
      deadline,
      config.chainDeadlineMs,
    );
    if (!pinned.ok) {
      hops.push({
        url: target.url.href,
        status: null,
        location: null,
        ms: elapsed(hopStarted),
        error: pinned.error,
      });
      return done(pinned.error);
    }
    const hop = await ctx.perHost.run(`${target.hostname}:${target.port}`, () =>
      fetchHop(ctx, target, pinned.address, pinned.family, deadline, hopStarted),
    );
    hops.push(hop.facts);
    if (hop.error) return done(hop.error);
    if (hop.next === null) return done(null);

    if (hops.length > config.maxRedirects) {
      return done({
        code: 'too-many-redirects',
        message: `More than ${config.maxRedirects} redirects; stopped following`,
      });
    }
    const notRequested = notRequestedReason(hop.next, ctx.skip);
    if (notRequested) {
      return done({
        ...notRequested,
        message: `${notRequested.message} (where hop ${hops.length} redirects: ${hop.next})`,
      });
    }
    let nextHref = hop.next;
    try {
      nextHref = new URL(hop.next).href;
    } catch {
      // parseTargetUrl reports it on the next turn.
    }
    if (visited.has(nextHref)) {
      return done({ code: 'redirect-loop', message: `The chain comes back to ${nextHref}` });
    }
    current = hop.next;
  }
}

/** The look-up's answer, or a deadline error when the chain's time runs out first (a DNS server that never answers). */
async function withinDeadline(
  lookup: Promise<PinnedAddress>,
  deadline: number,
  deadlineMs: number,
): Promise<PinnedAddress> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<PinnedAddress>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, error: deadlineError(deadlineMs) }),
      Math.max(0, deadline - now()),
    );
  });
  try {
    return await Promise.race([lookup, expired]);
  } finally {
    clearTimeout(timer);
  }
}

/** A bug must not end the stream: the URL gets an error value like any other failure. */
function internalFailure(url: string, e: unknown): LinkCheckFacts {
  const message = e instanceof Error ? e.message : String(e);
  return {
    url,
    hops: [],
    finalUrl: null,
    finalStatus: null,
    ms: 0,
    error: { code: 'internal', message: `The check failed unexpectedly: ${message}` },
  };
}

function deadlineError(ms: number): FactError {
  return { code: 'deadline', message: `The chain did not finish within the ${ms} ms deadline` };
}

async function fetchHop(
  ctx: CheckContext,
  target: TargetUrl,
  address: string,
  family: 4 | 6,
  deadline: number,
  hopStarted: number,
): Promise<HopOutcome> {
  const { config } = ctx.deps;
  const request = (method: 'HEAD' | 'GET'): Promise<PinnedResult> | null => {
    const timeoutMs = Math.min(config.hopTimeoutMs, Math.floor(deadline - now()));
    if (timeoutMs <= 0) return null;
    const req: PinnedRequest = {
      target,
      address,
      family,
      method,
      timeoutMs,
      maxBodyBytes: config.maxBodyBytes,
      userAgent: config.userAgent,
      ...(ctx.ca ? { ca: ctx.ca } : {}),
      ...(ctx.signal ? { signal: ctx.signal } : {}),
    };
    return requestPinned(req);
  };

  let method: 'HEAD' | 'GET' = 'HEAD';
  // The hop's time is that of the answer it reports: a GET after a HEAD is timed on its own, not added up.
  let started = hopStarted;
  let result: PinnedResult = (await request('HEAD')) ?? {
    ok: false,
    error: deadlineError(config.chainDeadlineMs),
    tls: null,
  };
  const headRefused = result.ok
    ? result.response.status === 405 || result.response.status === 501 || result.response.status >= 400
    : !['aborted', 'deadline', 'tls-handshake', 'connection-refused'].includes(result.error.code);
  const mayHoldRefresh =
    result.ok &&
    result.response.status >= 200 &&
    result.response.status < 300 &&
    isHtml(result.response.headers);
  if (headRefused || mayHoldRefresh) {
    const getStarted = now();
    const get = await request('GET');
    if (get && (get.ok || headRefused)) {
      result = get;
      method = 'GET';
      started = getStarted;
    }
  }

  const base = { url: target.url.href, method, ms: elapsed(started), address };
  if (!result.ok) {
    const error =
      result.error.code === 'timeout' && now() >= deadline - 1
        ? deadlineError(config.chainDeadlineMs)
        : result.error;
    return {
      facts: { ...base, status: null, location: null, tls: result.tls, error },
      error,
      next: null,
    };
  }
  const { status, headers, body, tls } = result.response;
  const botWall = botWallOf(status, headers, body);
  const redirect = findRedirect(status, headers, body);
  const title =
    method === 'GET' && status >= 200 && status < 300 && isHtml(headers) && body ? pageTitle(body) : null;
  const facts: HopFacts = {
    ...base,
    status,
    location: null,
    via: redirect?.via ?? null,
    tls,
    error: null,
    ...(botWall ? { botWall } : {}),
    ...(title ? { title } : {}),
  };
  if (!redirect || redirect.target === null) return { facts, error: null, next: null };
  let resolved: string;
  try {
    resolved = new URL(redirect.target.trim(), target.url).href;
  } catch {
    const error: FactError = {
      code: 'malformed-response',
      message: `The ${redirect.via} target is not a valid URL: ${redirect.target.slice(0, 200)}`,
    };
    return { facts: { ...facts, error }, error, next: null };
  }
  facts.location = resolved;
  // JavaScript redirects are reported, never run or followed.
  return { facts, error: null, next: redirect.via === 'javascript' ? null : resolved };
}
