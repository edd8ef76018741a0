/**
 * A failed call to the look-up service, in words: what went wrong and what to
 * do. The service answers errors as `{"error": {"code", "message"}}` (docs/contracts/api.md);
 * a network failure (service down, offline) has the code `unreachable`.
 */
export class ServiceError extends Error {
  readonly code: string;
  readonly status: number | null;
  /** Seconds to wait before asking again (429 `Retry-After`), or null. */
  readonly retryAfter: number | null;

  constructor(code: string, message: string, status: number | null, retryAfter: number | null = null) {
    super(message);
    this.name = 'ServiceError';
    this.code = code;
    this.status = status;
    this.retryAfter = retryAfter;
  }
}

/** Reads an error answer of the service into a ServiceError. */
export async function errorFromResponse(response: Response): Promise<ServiceError> {
  let code = `http-${response.status}`;
  let message = `The look-up service answered ${response.status} ${response.statusText}`.trim();
  try {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
    if (typeof body.error?.code === 'string') code = body.error.code;
    if (typeof body.error?.message === 'string') message = body.error.message;
  } catch {
    // Not JSON (a proxy's error page): keep the status line.
  }
  const retry = Number(response.headers.get('retry-after'));
  return new ServiceError(code, message, response.status, Number.isFinite(retry) && retry > 0 ? retry : null);
}

/** `fetch` that turns a network failure into a ServiceError (an abort stays an AbortError). */
export async function serviceFetch(input: string, init: RequestInit = {}): Promise<Response> {
  try {
    return await fetch(input, init);
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ServiceError('unreachable', e instanceof Error ? e.message : String(e), null);
  }
}

/** Retry only what may help: a network failure or a 5xx, at most twice; never a 4xx or a 429. */
export function retryIfSafe(failures: number, error: unknown): boolean {
  if (failures >= 2) return false;
  if (!(error instanceof ServiceError)) return false;
  return error.code === 'unreachable' || (error.status !== null && error.status >= 500);
}

/** The error in words a marketer can act on. */
export function describeServiceError(error: unknown): string {
  if (!(error instanceof ServiceError)) {
    return `The online check failed: ${error instanceof Error ? error.message : String(error)}.`;
  }
  if (error.code === 'unreachable') {
    return 'The look-up service cannot be reached (it may be down, or you are offline). The issues found in the email itself still apply; try the online checks again later.';
  }
  if (error.status === 429) {
    const wait = error.retryAfter !== null ? ` Wait ${error.retryAfter} s` : ' Wait a minute';
    return `The look-up service is busy: too many checks from this address.${wait} and try again.`;
  }
  if (error.status === 413) {
    return 'Too many links to check at once. Check fewer links (for example only untracked ones) and try again.';
  }
  if (error.status !== null && error.status >= 400 && error.status < 500) {
    return `The look-up service refused the request: ${error.message}. Correct it and try again.`;
  }
  return `The look-up service failed (${error.status ?? 'no answer'}): ${error.message}. Try again in a moment.`;
}
