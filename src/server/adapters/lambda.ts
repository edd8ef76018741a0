import { getConnInfo, handle, streamHandle } from 'hono/aws-lambda';
import type { Hono } from 'hono';
import { appFromEnv } from './app-from-env';

/**
 * AWS Lambda (API Gateway HTTP API v1/v2, ALB, or a function URL):
 * `handler` answers buffered; `streamHandler` streams (function URL with
 * `InvokeMode: RESPONSE_STREAM`, for the NDJSON of /api/links/check).
 * The client address comes from the event's request context.
 */
export function createLambdaApp(env: Record<string, string | undefined>): Hono {
  return appFromEnv(env, (c) => getConnInfo(c).remote.address);
}

const app = createLambdaApp(process.env);

export const handler = handle(app);

/** Only inside Lambda's Node runtime, which provides the `awslambda` global. */
export const streamHandler = 'awslambda' in globalThis ? streamHandle(app) : undefined;
