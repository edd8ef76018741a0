import type { Context } from 'hono';

/**
 * The one error shape of the look-up service (docs/contracts/api.md):
 * `{"error": {"code": "…", "message": "…"}}`. Every route answers errors
 * through these helpers so the shape, status and headers never drift.
 */
export type ErrorCode =
  | 'bad-request'
  | 'not-found'
  | 'method-not-allowed'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'rate-limited'
  | 'internal';

export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

const ERROR_STATUS = {
  'bad-request': 400,
  'not-found': 404,
  'method-not-allowed': 405,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'rate-limited': 429,
  internal: 500,
} as const satisfies Record<ErrorCode, number>;

export function errorBody(code: ErrorCode, message: string): ErrorBody {
  return { error: { code, message } };
}

/** A JSON error response from a Hono handler. */
export function sendError(
  c: Context,
  code: ErrorCode,
  message: string,
  headers: Record<string, string> = {},
): Response {
  for (const [k, v] of Object.entries(headers)) c.header(k, v);
  c.header('cache-control', 'no-store');
  return c.json(errorBody(code, message), ERROR_STATUS[code]);
}

/** 400 naming the field: `domain: must be a host name`. */
export function badRequest(c: Context, field: string, problem: string): Response {
  return sendError(c, 'bad-request', `${field}: ${problem}`);
}
