import { describe, expect, it } from 'vitest';
import { describeServiceError, errorFromResponse, retryIfSafe, ServiceError } from './service-error';

describe('service errors in words', () => {
  it('reads the one error shape, the status and Retry-After', async () => {
    const response = new Response(
      JSON.stringify({ error: { code: 'rate-limited', message: 'Too many requests.' } }),
      {
        status: 429,
        headers: { 'content-type': 'application/json', 'retry-after': '17' },
      },
    );
    const error = await errorFromResponse(response);
    expect(error).toMatchObject({
      code: 'rate-limited',
      status: 429,
      retryAfter: 17,
      message: 'Too many requests.',
    });
    expect(describeServiceError(error)).toBe(
      'The look-up service is busy: too many checks from this address. Wait 17 s and try again.',
    );
  });

  it('keeps the status line when the body is not the service’s JSON', async () => {
    const error = await errorFromResponse(
      new Response('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway' }),
    );
    expect(error).toMatchObject({ code: 'http-502', status: 502, retryAfter: null });
    expect(describeServiceError(error)).toContain('Try again in a moment');
  });

  it('tells what to do for an unreachable service, a refused request and a too large one', () => {
    expect(describeServiceError(new ServiceError('unreachable', 'Failed to fetch', null))).toContain(
      'cannot be reached',
    );
    expect(describeServiceError(new ServiceError('bad-request', 'domain: must be a host name', 400))).toBe(
      'The look-up service refused the request: domain: must be a host name. Correct it and try again.',
    );
    expect(describeServiceError(new ServiceError('payload-too-large', 'too big', 413))).toContain(
      'Check fewer links',
    );
  });

  it('retries only network failures and 5xx, at most twice', () => {
    const down = new ServiceError('unreachable', 'x', null);
    expect(retryIfSafe(0, down)).toBe(true);
    expect(retryIfSafe(1, new ServiceError('internal', 'x', 500))).toBe(true);
    expect(retryIfSafe(2, down)).toBe(false);
    expect(retryIfSafe(0, new ServiceError('rate-limited', 'x', 429, 5))).toBe(false);
    expect(retryIfSafe(0, new ServiceError('bad-request', 'x', 400))).toBe(false);
    expect(retryIfSafe(0, new Error('other'))).toBe(false);
  });
});
