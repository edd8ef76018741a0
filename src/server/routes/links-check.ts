import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { ServiceDeps } from '../config';
import { badRequest, sendError } from '../errors';
import { parseInput } from '../validation/parse-input';
import { checkLinks } from '../checks/link-check';
import type { RateDecision } from '../rate-limit';

/**
 * POST /api/links/check (docs/contracts/api.md): `{"urls": [...], "skip"?: [...]}` →
 * `application/x-ndjson`, one line per distinct URL as soon as its chain is
 * known. The body is capped (413, Hono's `bodyLimit`) before it is parsed; bad
 * input is a 400 naming the field; an upload cut short is a 400 too (the app's
 * error handler). Closing the connection cancels the checks in flight.
 */
const MAX_URL_LENGTH = 8192;

function bodySchema(maxUrls: number) {
  const url = z
    .string()
    .min(1, 'must not be empty')
    .max(MAX_URL_LENGTH, `must be at most ${MAX_URL_LENGTH} characters`)
    .refine((s) => URL.canParse(s.trim()), 'must be an absolute URL');
  return z.strictObject({
    urls: z.array(url).min(1, 'must list at least one URL').max(maxUrls, `must list at most ${maxUrls} URLs`),
    skip: z
      .array(z.string().max(MAX_URL_LENGTH, `must be at most ${MAX_URL_LENGTH} characters`))
      .max(maxUrls, `must list at most ${maxUrls} URLs`)
      .optional(),
  });
}

export interface LinksCheckOptions {
  /** Charges the client one rate-limit token per distinct URL; a refusal is a 429. */
  chargeUrls?: (c: Context, count: number) => RateDecision | Promise<RateDecision>;
}

export function registerLinksCheck(app: Hono, deps: ServiceDeps, options: LinksCheckOptions = {}): void {
  const { maxRequestBytes, maxUrls } = deps.config;
  const schema = bodySchema(maxUrls);
  const tooLarge = (c: Context): Response =>
    sendError(c, 'payload-too-large', `body: must be at most ${maxRequestBytes} bytes`);

  // Refused from Content-Length alone when it is declared; a chunked body is read up to the cap and no further.
  const capped = bodyLimit({ maxSize: maxRequestBytes, onError: tooLarge });

  app.post('/api/links/check', capped, async (c) => {
    // Required, not assumed: a form or a text/plain POST (which any web page can make a visitor's browser
    // send without asking) is refused, so only pages allowed by CORS can drive the checker.
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/json\s*(;|$)/i.test(type)) {
      return sendError(
        c,
        'unsupported-media-type',
        `body: must be sent with Content-Type: application/json${type === '' ? ' (none was given)' : `, not ${type.slice(0, 100)}`}`,
      );
    }
    const text = await c.req.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return badRequest(c, 'body', 'must be JSON');
    }
    const parsed = parseInput(schema, json);
    if (!parsed.ok) return badRequest(c, parsed.field, parsed.problem);
    const { urls, skip } = parsed.data;
    if (options.chargeUrls) {
      const count = new Set(urls).size;
      const decision = await options.chargeUrls(c, count);
      if (!decision.ok) {
        const seconds = decision.retryAfterSeconds;
        return sendError(
          c,
          'rate-limited',
          `Too many links checked; ${count} more can be checked in ${seconds} s (URL_RATE_LIMIT).`,
          { 'retry-after': String(seconds) },
        );
      }
    }

    const abort = new AbortController();
    c.req.raw.signal.addEventListener('abort', () => abort.abort());
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        checkLinks(deps, urls, { skip: skip ?? [], signal: abort.signal }, (result) => {
          controller.enqueue(encoder.encode(`${JSON.stringify(result)}\n`));
        })
          .catch(() => {
            // checkLinks returns errors as values; anything else ends the stream early.
          })
          .finally(() => {
            try {
              controller.close();
            } catch {
              // Already closed because the client went away.
            }
          });
      },
      cancel() {
        abort.abort();
      },
    });
    return new Response(stream, {
      status: 200,
      headers: {
        'content-type': 'application/x-ndjson; charset=utf-8',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      },
    });
  });
}
